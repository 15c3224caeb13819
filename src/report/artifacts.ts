import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'

// Report files (defect CSV, verify logs, new packets) are uploaded as one workflow artifact so a
// reviewer can download exactly what the step saw. @actions/artifact pulls in Azure storage,
// protobuf and zip code (>100 ms to load), so it is imported only when an upload really happens;
// outside a runner (no ACTIONS_RUNTIME_TOKEN) nothing is loaded and the caller prints a notice.

export interface ArtifactClientLike {
  uploadArtifact(name: string, files: string[], rootDirectory: string, options?: { retentionDays?: number }): Promise<{ id?: number; size?: number; digest?: string }>
}

export type ArtifactLoader = () => Promise<ArtifactClientLike>

/** The real client, loaded on first use only. */
export const loadArtifactClient: ArtifactLoader = async () => (await import('@actions/artifact')).default

export type UploadResult =
  | { status: 'uploaded'; name: string; id?: number; size?: number; digest?: string; files: string[] }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; name: string; message: string }

export interface UploadRequest {
  name: string
  /** absolute paths */
  files: string[]
  /** ACTIONS_RUNTIME_TOKEN is set (RunnerContext.artifactsAvailable); the library reads it itself */
  available: boolean
  load?: ArtifactLoader
}

/** Artifact names: the service refuses " : < > | * ? \ / and CR/LF; keep to a plain subset. */
export function artifactName(base: string, job: string | undefined, leg = ''): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '')
  return [clean(base), job ? clean(job) : '', clean(leg)].filter((p) => p !== '').join('-')
}

/** The deepest directory that contains every file: the artifact's root, so paths stay relative. */
export function commonRoot(files: readonly string[]): string {
  if (files.length === 0) throw new TypeError('commonRoot: no files')
  let root = dirname(resolve(files[0]))
  for (const f of files.slice(1)) {
    const abs = resolve(f)
    while (!isInside(abs, root)) {
      const up = dirname(root)
      if (up === root) break
      root = up
    }
  }
  return root
}

function isInside(file: string, dir: string): boolean {
  const rel = relative(dir, file)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

export async function uploadFiles(req: UploadRequest): Promise<UploadResult> {
  if (!req.available) {
    return { status: 'skipped', reason: 'not running on a GitHub Actions runner (ACTIONS_RUNTIME_TOKEN is not set)' }
  }
  const files = [...new Set(req.files.map((f) => resolve(f)))].sort()
  if (files.length === 0) return { status: 'skipped', reason: 'no report files to upload' }
  try {
    const client = await (req.load ?? loadArtifactClient)()
    const r = await client.uploadArtifact(req.name, files, commonRoot(files))
    return { status: 'uploaded', name: req.name, files, ...(r.id !== undefined ? { id: r.id } : {}), ...(r.size !== undefined ? { size: r.size } : {}), ...(r.digest ? { digest: r.digest } : {}) }
  } catch (err) {
    return { status: 'failed', name: req.name, message: err instanceof Error ? err.message : String(err) }
  }
}
