import { renderSummaryText } from '../closure/summary.js'
import { renderTable } from '../report/table.js'
import type { Defect } from '../report/defect.js'
import { printable } from '../util/ids.js'
import { formatRevision } from './family.js'
import type { ClosureWindowExport, ExportClosureResult } from './export.js'
import type { VerifyResult } from './verify.js'

// Human views of export and verify results. The JSON views are the result objects themselves.

export function renderDefects(defects: readonly Defect[]): string {
  return renderTable(
    ['SEVERITY', 'WINDOW', 'SUBJECT', 'CODE', 'FILE', 'FIELD', 'DETAIL'],
    defects.map((d) => [d.severity, d.release_window_id, d.subject, d.defect_code, d.file, d.field, d.detail]),
    { maxCell: 140 }
  )
}

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

export function renderVerifyText(r: VerifyResult): string {
  const out: string[] = []
  const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0)
  const verdict = r.blocking === 0 ? 'PASS' : 'FAIL'
  out.push(`Store verification: ${verdict}: ${r.root}/ at ${r.headOid ?? '(no commits)'}`)
  out.push(`${r.windows.length} window(s), ${revisions} revision(s); ${r.stats.commits_scanned} commit(s) scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packet(s) inspected (cache ${r.stats.cache})`)
  out.push('Checked: signature (DSSE Ed25519, keyring), schema and required fields, signature_digest, supersedes chain, UTC timestamps, three files per revision, unique packet identity, no published file modified or deleted in any commit')
  if (r.windows.length > 0) {
    out.push('')
    out.push(
      renderTable(
        ['WINDOW', 'REVISIONS', 'LATEST', 'SIGNATURE DIGEST', 'SIGNER', 'PUBLISHED IN', 'STATUS'],
        r.windows.map((w) => {
          const last = w.revisions[w.revisions.length - 1]
          return [w.series, w.revisions.length, w.latest, last?.digest ? `sha256:${last.digest.slice(0, 16)}` : '-', last?.signer_id ?? '-', last?.published_in?.slice(0, 12) ?? '-', w.ok ? 'ok' : 'FAIL']
        }),
        { align: ['left', 'right', 'left', 'left', 'left', 'left', 'left'] }
      )
    )
  }
  if (r.defects.length > 0) {
    out.push('')
    out.push(`Defects (${r.blocking} blocking)`)
    out.push(renderDefects(r.defects))
  }
  return `${out.join('\n')}\n`
}
