import { renderTable } from '../report/table.js'
import type { Defect } from '../findings/defect.js'
import { renderTrustLine, type TrustSummary } from '../trust/verify.js'
import type { VerifyResult } from './verify.js'

// Human views of verify results and of any defect list. The JSON views are the result objects themselves.

export function renderDefects(defects: readonly Defect[]): string {
  return renderTable(
    ['SEVERITY', 'WINDOW', 'SUBJECT', 'CODE', 'FILE', 'FIELD', 'DETAIL'],
    defects.map((d) => [d.severity, d.release_window_id, d.subject, d.defect_code, d.file, d.field, d.detail]),
    { maxCell: 140 }
  )
}

/** Above this many windows the text view lists only the windows with problems (--all: every one). */
export const WINDOW_TABLE_LIMIT = 20

export function renderVerifyText(r: VerifyResult & { verifiedTip?: string | null }, opts: { all?: boolean } = {}): string {
  const out: string[] = []
  const revisions = r.windows.reduce((n, w) => n + w.revisions.length, 0)
  const verdict = r.blocking === 0 ? 'PASS' : 'FAIL'
  out.push(`Store verification: ${verdict}: ${r.root}/ at ${r.headOid ?? '(no commits)'}`)
  out.push(`${r.windows.length} window(s), ${revisions} revision(s); ${r.stats.commits_scanned} commit(s) scanned, ${r.stats.packets_inspected} of ${r.stats.packets} packet(s) inspected (cache ${r.stats.cache})`)
  const trust = renderTrustLine((r as { trust?: TrustSummary }).trust)
  if (trust) out.push(trust)
  out.push('Checked: signature (DSSE Ed25519, keyring), schema and required fields, signature_digest, supersedes chain, UTC timestamps, three files per revision, unique packet identity, no published file modified or deleted in any commit, HEAD descends from every verified tip')
  if (r.verifiedTip) out.push(`Verified tip: ${r.verifiedTip} (pin it next time: --since ${r.verifiedTip})`)
  // a store of 1,000 windows is a 1,000-row table: by default only what needs attention
  const shown = opts.all || r.windows.length <= WINDOW_TABLE_LIMIT ? r.windows : r.windows.filter((w) => !w.ok)
  if (shown.length < r.windows.length) {
    out.push('')
    out.push(`${r.windows.length - shown.length} of ${r.windows.length} window(s) ok, not listed (--all lists every window, --json has everything)`)
  }
  if (shown.length > 0) {
    out.push('')
    out.push(
      renderTable(
        ['WINDOW', 'REVISIONS', 'LATEST', 'SIGNATURE DIGEST', 'SIGNER', 'PUBLISHED IN', 'STATUS'],
        shown.map((w) => {
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
