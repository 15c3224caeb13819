import { run } from './main.js'

// The Action's entry point (action.yml runs dist/index.js, built from this file).
await run()
