// ESLint flat config: @eslint/js recommended + typescript-eslint recommendedTypeChecked over the
// TypeScript sources and tests, type information from the TypeScript project service
// (tsconfig.json for src/, tsconfig.test.json for __tests__/).
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
    // Deliberately broken or foreign code that the architecture tests feed to dependency-cruiser.
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
    }
  }
)
