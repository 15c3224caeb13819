// ESLint flat config: @eslint/js recommended + typescript-eslint recommendedTypeChecked over the
// TypeScript sources and tests. Type information comes from the TypeScript project service, which
// takes each file's nearest tsconfig.json: ./tsconfig.json for src/, __tests__/tsconfig.json (the
// same program as tsconfig.test.json) for the tests.
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    // Generated: ajv standalone validators and the schema-derived types (scripts/compile-schemas.mjs).
    'src/policy/validators.cjs',
    'src/**/*.generated.ts',
    // Trees the architecture tests feed to dependency-cruiser, not code that runs.
    '__tests__/fixtures/**'
  ]),
  {
    files: ['src/**/*.ts', '__tests__/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname
      }
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The convention tsc's noUnusedLocals/noUnusedParameters already follow: a leading `_` marks a
      // binding unused on purpose, and `const { omitted: _x, ...rest } = o` is how a key is dropped.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true
        }
      ]
    }
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: {
      // Tests read back JSON that the code under test wrote (JSON.parse gives `any`) and check its
      // shape with expect(): a wrong shape fails the test either way, so a type per parsed document
      // would add casts, not safety.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Test doubles implement async interfaces (sleep, before, check, run) and need not await.
      '@typescript-eslint/require-await': 'off'
    }
  }
)
