export const ROOT: string
/** Docs file (repo-relative) -> the kind of block it carries. */
export const TARGETS: Record<string, 'full' | 'short'>
export interface BenchRun {
  date: string
  node: string
  cpus: number
  load: number
  quick: boolean
  rows: Record<string, unknown>[]
}
/** The figures block rendered from one bench run. */
export function render(data: BenchRun, kind?: 'full' | 'short'): string
/** The block between the markers, or null. */
export function blockOf(text: string): string | null
/** The run data a block carries, or null. */
export function dataOf(block: string): BenchRun | null
/** `text` with its block replaced by the one rendered from `data`. */
export function splice(text: string, data: BenchRun, kind: 'full' | 'short'): string
