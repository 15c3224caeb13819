// Revision labels: r001 ... r999, then r1000. Three digits minimum so names sort within the first
// thousand; a non-canonical label (r1, r0001, r000) is not a revision. Same rule as the store's
// layout, kept here so the packet contract does not depend on the store.

export function formatRevision(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`revision must be a positive integer, got ${n}`)
  return `r${String(n).padStart(3, '0')}`
}

export function parseRevision(label: string): number | null {
  const m = /^r(\d{3,})$/.exec(label)
  if (!m) return null
  const n = Number(m[1])
  if (!Number.isSafeInteger(n) || n < 1 || formatRevision(n) !== label) return null
  return n
}
