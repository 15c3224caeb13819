import type { StoreCodeInfo } from './codes.js'

// Defects of a family's window pages (README.md under each window folder, view.ts). A page is
// derived: it is checked against the rendering of the signed files at every commit that wrote it,
// so a hand-edited page is blocking like any forged file, while a page that lags behind (a revision
// published without it) or is missing (a store written before pages existed) only informs.

export const VIEW_CODES = {
  STORE_VIEW_MISMATCH: {
    stage: 'store',
    severity: 'blocking',
    meaning:
      "A commit wrote a window's README.md that is not exactly the rendering of the signed files in that folder at that commit: the page says something they do not (edited by hand, or copied from elsewhere).",
    owner_role: 'repository-admin',
    required_action: 'the page is generated, never edited: find out who wrote it, and drop that commit before anyone relies on the page (export rewrites the page with each revision)'
  },
  STORE_VIEW_STALE: {
    stage: 'store',
    severity: 'warning',
    meaning: "A window's README.md was the rendering of its folder when written, but a later commit published a revision without rewriting it: GitHub shows an outdated page.",
    owner_role: 'release-signer',
    required_action: 'publish revisions only through release-evidence (it rewrites the page); the next revision of the window brings the page up to date'
  },
  STORE_VIEW_MISSING: {
    stage: 'store',
    severity: 'info',
    meaning: 'A window folder has revisions but no README.md page (a store written before pages existed, or a deleted page).',
    owner_role: 'release-signer',
    required_action: 'nothing is wrong with the evidence; the next revision of the window writes its page'
  }
} as const satisfies Record<string, StoreCodeInfo>

export type ViewCode = keyof typeof VIEW_CODES
