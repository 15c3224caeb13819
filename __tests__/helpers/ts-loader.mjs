// Lets a child process run the TypeScript sources directly (`node --import <this file> x.ts`),
// so concurrency tests can use real separate processes without a build step. Node 20 has no type
// stripping; TypeScript's own transpileModule (a declared devDependency) does it per file.
import { register } from 'node:module'

register('./ts-loader-hooks.mjs', import.meta.url)
