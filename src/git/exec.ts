import { spawn } from 'node:child_process'
import { InternalError } from '../errors.js'

// The one place a native git process is started. Private to src/git: everything else asks the
// Repository (src/git/repository.ts). Native git answers history questions: isomorphic-git reads
// objects one at a time and is 10-100x slower at history scans (see the store benchmarks).
//
// The environment is pinned so nothing in a user's or an attacker's configuration can change
// what we parse or run code on our behalf:
//   - pager, colour, locale, path quoting: the output format is ours (GIT_PAGER, color.ui, LC_ALL,
//     core.quotepath); no prompt ever waits for a terminal (GIT_TERMINAL_PROMPT);
//   - replace refs and grafts cannot make a commit look like it has other parents or content
//     (GIT_NO_REPLACE_OBJECTS, GIT_GRAFT_FILE=/dev/null; the deprecation hint git prints for any
//     graft file is turned off so stderr stays what it was);
//   - no system config, no hooks (core.hooksPath=/dev/null: update-ref's reference-transaction,
//     commit hooks) and no fsmonitor command (core.fsmonitor=false) from .git/config;
//   - the child never sees the signing key nor any Action input (INPUT_*): git needs neither, and
//     anything git starts (an alias, a helper) would inherit them.

export interface GitResult {
  stdout: Buffer
  stderr: string
  code: number
}

export interface GitOptions {
  cwd: string
  input?: Buffer | string
  /** resolve with a non-zero exit code instead of rejecting */
  allowFail?: boolean
  /** added to the pinned environment (identity and dates for commits made by native git) */
  env?: Record<string, string>
}

const PINNED_ENV: Readonly<Record<string, string>> = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_NO_REPLACE_OBJECTS: '1',
  GIT_GRAFT_FILE: '/dev/null',
  LC_ALL: 'C',
  GIT_CONFIG_NOSYSTEM: '1'
}

/** `-c` options in front of every command. */
export const PINNED_CONFIG: readonly string[] = [
  'core.quotepath=off',
  'color.ui=false',
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'advice.graftFileDeprecated=false'
].flatMap((kv) => ['-c', kv])

/** Environment variables a git child process must never carry. */
export const WITHHELD_ENV: readonly string[] = ['RELEASE_EVIDENCE_SIGNING_KEY']

function withheld(name: string): boolean {
  return WITHHELD_ENV.includes(name) || /^INPUT_/i.test(name)
}

/** The environment of a git child: this process's, without secrets and inputs, then the pins. */
export function childEnv(extra: Record<string, string> = {}, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries({ ...base, ...PINNED_ENV, ...extra })) {
    if (value !== undefined && !withheld(name)) env[name] = value
  }
  return env
}

/**
 * Like git(), but stdout goes to `onData` chunk by chunk as it arrives instead of being collected:
 * the caller works on what git has produced while git produces the rest. A throw from `onData`
 * stops git and rejects with that error.
 */
export function gitStream(args: string[], opts: GitOptions & { onData: (chunk: Buffer) => void }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...PINNED_CONFIG, ...args], { cwd: opts.cwd, env: childEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] })
    const err: Buffer[] = []
    let failed: Error | null = null
    child.stdout.on('data', (b: Buffer) => {
      if (failed !== null) return
      try {
        opts.onData(b)
      } catch (e) {
        failed = e instanceof Error ? e : new Error(String(e))
        child.kill()
      }
    })
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', (e) => reject(new InternalError({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })))
    child.on('close', (code) => {
      if (failed !== null) return reject(failed)
      const stderr = Buffer.concat(err).toString('utf8')
      if ((code ?? 1) !== 0 && !opts.allowFail) reject(new InternalError({ code: 'GIT', message: `git ${args[0]} failed (${code ?? 1}): ${stderr.trim()}` }))
      else resolve()
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(opts.input ?? '')
  })
}

export function git(args: string[], opts: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...PINNED_CONFIG, ...args], {
      cwd: opts.cwd,
      env: childEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe']
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('error', (e) => reject(new InternalError({ code: 'GIT', message: `cannot run git: ${e.message}`, cause: e })))
    child.on('close', (code) => {
      const result = { stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }
      if (result.code !== 0 && !opts.allowFail) {
        reject(new InternalError({ code: 'GIT', message: `git ${args[0]} failed (${result.code}): ${result.stderr.trim()}` }))
      } else resolve(result)
    })
    // git may exit before reading stdin (e.g. ls-files --error-unmatch); that EPIPE is not a failure.
    child.stdin.on('error', () => undefined)
    child.stdin.end(opts.input ?? '')
  })
}
