import { marked, type Token, type Tokens } from 'marked'
import { sh } from './git-fixture.js'

// A window page as a reviewer on GitHub sees it: the README.md rendered from markdown (GFM, as
// marked renders it), taken apart into headings, tables and links, and the files its links point
// at checked against the folder at the commit the page belongs to.

export interface RenderedPage {
  markdown: string
  html: string
  headings: { depth: number; text: string }[]
  tables: { header: string[]; rows: string[][] }[]
  /** relative links (what the page itself links) */
  links: string[]
  /** bare URLs GFM turned into links (shown as their own target, so they cannot disguise where they go) */
  autolinks: string[]
}

function walk(tokens: readonly Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t)
    const inner = t as Token & { tokens?: Token[]; items?: Token[] }
    if (inner.tokens) walk(inner.tokens, visit)
    if (inner.items) walk(inner.items, visit)
    if (t.type === 'table') {
      const table = t as Tokens.Table
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit)
    }
  }
}

export function renderPage(markdown: string): RenderedPage {
  const tokens = marked.lexer(markdown, { gfm: true })
  const html = marked.parser(tokens)
  const page: RenderedPage = { markdown, html, headings: [], tables: [], links: [], autolinks: [] }
  walk(tokens, (t) => {
    if (t.type === 'heading') page.headings.push({ depth: (t as Tokens.Heading).depth, text: (t as Tokens.Heading).text })
    if (t.type === 'table') {
      const table = t as Tokens.Table
      page.tables.push({ header: table.header.map((c) => c.text), rows: table.rows.map((r) => r.map((c) => c.text)) })
    }
    if (t.type === 'link') {
      const link = t as Tokens.Link
      if (!link.raw.startsWith('[')) page.autolinks.push(link.href)
      else page.links.push(link.href)
    }
  })
  return page
}

/** The page of `folder` at `commit`, read from git (not the working tree). */
export function pageAt(dir: string, commit: string, folder: string): RenderedPage {
  return renderPage(sh(dir, ['show', `${commit}:${folder}/README.md`]))
}

/** The files under `folder` at `commit`, relative to it. */
export function filesAt(dir: string, commit: string, folder: string): string[] {
  return sh(dir, ['ls-tree', '-r', '--name-only', `${commit}:${folder}`]).trim().split('\n')
}

/**
 * The reviewer's checks of any page: one h1; every table has as many cells in each row as in its
 * header, in the rendering and in the source (a stray `|` from data would add one); every link is
 * relative and names a file in the folder at that commit.
 */
export function assertReviewable(page: RenderedPage, files: readonly string[]): string[] {
  const problems: string[] = []
  if (page.headings.filter((h) => h.depth === 1).length !== 1) problems.push('not exactly one h1')
  for (const t of page.tables) for (const r of t.rows) if (r.length !== t.header.length) problems.push(`row of ${r.length} cells under a header of ${t.header.length}`)
  const lines = page.markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('| ')) continue
    const start = lines.lastIndexOf('', i) // the table's first line follows a blank line
    const columns = lines[start + 1].split('|').length
    if (lines[i].split('|').length !== columns) problems.push(`source line ${i + 1} has another column count than its header`)
  }
  for (const href of page.links) {
    if (/^[a-z]+:|^\/|^#|\.\./i.test(href)) problems.push(`link ${href} is not a relative link into the folder`)
    else if (!files.includes(href)) problems.push(`link ${href} names no file of the folder`)
  }
  if (/<(?!\/?(code|table|thead|tbody|tr|th|td|h[1-6]|p|a|strong|em|ul|li|pre|br)\b)[a-z]/i.test(page.html)) problems.push('the HTML holds an element the renderer did not make from markdown')
  return problems
}
