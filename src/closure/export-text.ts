import { renderDefects } from '../store/render.js'
import { printable } from '../util/ids.js'
import { formatRevision } from '../util/revision.js'
import type { ClosureWindowExport, ExportClosureResult } from './export.js'
import { renderSummaryText } from './summary.js'

// The terminal view of an export: what was written, what was not and why. The JSON view is the
// result object itself.

function actionLine(w: ClosureWindowExport): string {
  const id = printable(w.series.window)
  if (w.action === 'written') {
    const sup = w.revision > 1 ? `, supersedes ${formatRevision(w.revision - 1)}` : ''
    return `${id}: wrote ${formatRevision(w.revision)}${sup} in commit ${w.commitOid} (signature_digest sha256:${w.digest})`
  }
  if (w.action === 'unchanged') {
    return `${id}: unchanged, nothing written (${formatRevision(w.revision)} already holds this content)`
  }
  const codes = [...new Set(w.findings.map((f) => f.code))].join(', ')
  return `${id}: NOT WRITTEN: the signed packet failed verification before publish (${codes}); the window's closure stays pending`
}

export function renderExportText(r: ExportClosureResult): string {
  const out: string[] = []
  const written = r.windows.filter((w) => w.action === 'written').length
  const unchanged = r.windows.filter((w) => w.action === 'unchanged').length
  const rejected = r.windows.filter((w) => w.action === 'rejected').length
  out.push(`Closure packets: ${written} written, ${unchanged} unchanged, ${rejected} rejected on branch ${r.branch}`)
  out.push(`signer ${r.signer.signerId} (key ${r.signer.keyId.slice(0, 16)})${r.signer.demo ? ' [DEMO KEY: the private key is public; never trust these signatures]' : ''}`)
  for (const w of r.warnings) out.push(`warning: ${w}`)
  out.push('')
  for (const w of r.windows) out.push(actionLine(w))
  for (const w of r.windows) {
    out.push('')
    out.push(renderSummaryText(w.summary).trimEnd())
    for (const f of w.findings) out.push(`  ! ${f.code}${f.field ? ` ${f.field}` : ''}: ${printable(f.detail, 300)}`)
  }
  const rowDefects = r.windows.flatMap((w) => w.rowDefects)
  if (rowDefects.length > 0) {
    out.push('')
    out.push(`Closure rows left out of packets (${rowDefects.length}); fix the evidence and re-export:`)
    out.push(renderDefects(rowDefects))
  }
  return `${out.join('\n')}\n`
}

