import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

// Real temporary git repositories with fixed identities and dates, so every object id a test
// sees is the same on every run and every machine.

export const FIXED_DATE = '2026-11-23T12:00:00Z'
export const FIXED_EPOCH = Date.parse(FIXED_DATE)

const ENV = {
  GIT_AUTHOR_NAME: 'Fixture',
  GIT_AUTHOR_EMAIL: 'fixture@example.test',
  GIT_COMMITTER_NAME: 'Fixture',
  GIT_COMMITTER_EMAIL: 'fixture@example.test',
  GIT_AUTHOR_DATE: '2026-11-23T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-23T12:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  LC_ALL: 'C'
}

export function sh(dir: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd: dir, env: { ...process.env, ...ENV }, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] })
}

/** Runs git and returns its exit status instead of throwing. */
export function shStatus(dir: string, args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: sh(dir, args) }
  } catch (err) {
    const e = err as { status?: number; stdout?: string; stderr?: string }
    return { code: e.status ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

const made: string[] = []

export function tempDir(prefix = 're-store-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix))
  made.push(d)
  return d
}

export function cleanupTempDirs(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true })
}

/** A repository on branch main with one commit holding README.md. */
export function makeRepo(files: Record<string, string> = { 'README.md': '# fixture\n' }): string {
  const dir = tempDir()
  sh(dir, ['init', '-q', '-b', 'main'])
  writeFiles(dir, files)
  sh(dir, ['add', '-A'])
  sh(dir, ['commit', '-q', '-m', 'initial'])
  return dir
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
}

export function commitAll(dir: string, message: string): string {
  sh(dir, ['add', '-A'])
  sh(dir, ['commit', '-q', '--allow-empty', '-m', message])
  return sh(dir, ['rev-parse', 'HEAD']).trim()
}

export function head(dir: string): string {
  return sh(dir, ['rev-parse', 'HEAD']).trim()
}

/** fsck --strict and a clean status: what every write must leave behind. */
export function assertCleanRepo(dir: string): { fsck: string; status: string } {
  return { fsck: sh(dir, ['fsck', '--strict', '--no-dangling']), status: sh(dir, ['status', '--porcelain']) }
}
