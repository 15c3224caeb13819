import { spawn } from 'node:child_process'
import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { InternalError } from '../errors.js'

// Native git for history questions: isomorphic-git reads objects one at a time and is 10-100x
// slower at history scans (see the store benchmarks), so reads that walk history go through the
// git binary, while writes go through isomorphic-git. Environment is pinned so a user's config
// (pager, colour, locale, replace refs) cannot change what we parse.

export interface GitResult {
  stdout: Buffer
  stderr: string
  code: number
}

const GIT_ENV = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_NO_REPLACE_OBJECTS: '1',
  LC_ALL: 'C',
  GIT_CONFIG_NOSYSTEM: '1'
}

export function git(args: string[], opts: { cwd: string; input?: Buffer | string; allowFail?: boolean; env?: Record<string, string> }): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.quotepath=off', '-c', 'color.ui=false', ...args], {
      cwd: opts.cwd,
      env: { ...process.env, ...GIT_ENV, ...opts.env },
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

/** True when the repository is a shallow clone: its history cannot prove where a file began. */
export async function isShallow(dir: string): Promise<boolean> {
  try {
    await access(join(dir, '.git', 'shallow'))
    return true
  } catch {
    return false
  }
}
