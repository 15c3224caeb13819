import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    unstubEnvs: true,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks'
  }
})
