/** The repository root. */
export const ROOT: string
/** A Markdown table cell: one line, `|` escaped. */
export function cell(text: string): string
export function actionPage(): string
export function cliPage(): string
export function codesPage(): string
/** The commands `release-evidence --help` lists, in its order. */
export function cliCommands(help?: string): { name: string; summary: string }[]
/** Generated page (repo-relative path) -> its renderer. */
export const PAGES: Record<string, () => string>
/** Every generated page as the script makes it now: repo-relative path -> text. */
export function renderAll(): Record<string, string>
/** The generated pages whose file differs from what the script makes now. */
export function stalePages(pages?: Record<string, string>): string[]
