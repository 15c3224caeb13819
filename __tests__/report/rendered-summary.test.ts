import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Lexer, marked, type Tokens } from 'marked'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runnerContext } from '../../src/action/runner.js'
import type { ArtifactLoader } from '../../src/report/artifacts.js'
import { SUMMARY_BUDGET_BYTES } from '../../src/report/summary.js'
import { makeWorkspace, NOW, rawInputs, REPO_ROOT, runFromInputs, type Workspace } from '../action/workspace.js'

// The job summary as the reviewer sees it: Markdown rendered to HTML (marked, GitHub-flavoured
// tables), checked at the size of the examples and at 100,000 defects. The summary must fit
// GitHub's limit, every table must come out with the rows and columns it was written with (a
// stray pipe or line break would split or swallow a row), the no-go window must come first, and
// defect locations must be links to their line. RENDERED_SUMMARY_DIR=<dir> keeps the HTML pages
// (to look at them in a browser).

const SHA = 'e'.repeat(40)
const neverLoad: ArtifactLoader = () => {
  throw new Error('@actions/artifact must not load outside a runner')
}

interface Rendered {
  markdown: string
  html: string
  defects: number
}

async function renderStep(ws: Workspace, name: string): Promise<Rendered> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    vi.stubEnv('GITHUB_OUTPUT', ws.outputFile)
    const runner = runnerContext({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo/release', GITHUB_SHA: SHA, GITHUB_JOB: 'gate', GITHUB_STEP_SUMMARY: ws.summaryFile }, null)
    const r = await runFromInputs(rawInputs({ now: NOW, stages: 'ledger' }), { workspace: ws.dir, runner, clock: () => 0 }, { fetch: globalThis.fetch, loadArtifactClient: neverLoad })
    const markdown = await readFile(ws.summaryFile, 'utf8')
    const html = await marked.parse(markdown, { gfm: true, async: true })
    const keep = process.env['RENDERED_SUMMARY_DIR']
    if (keep) await writeFile(join(keep, `${name}.html`), `<!doctype html><meta charset="utf-8"><style>body{font-family:sans-serif;max-width:1200px;margin:2em auto;font-size:14px}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #d0d7de;padding:4px 8px}</style>${html}`)
    return { markdown, html, defects: r.finish?.plan.all.length ?? 0 }
  } finally {
    out.mockRestore()
    vi.unstubAllEnvs()
  }
}

/** Every GFM table of the summary: its source lines, and what the renderer made of them. */
function tables(markdown: string): Tokens.Table[] {
  const found: Tokens.Table[] = []
  const walk = (tokens: ReturnType<Lexer['lex']>) => {
    for (const t of tokens) {
      if (t.type === 'table') found.push(t as Tokens.Table)
      else if ('tokens' in t && Array.isArray(t.tokens)) walk(t.tokens as ReturnType<Lexer['lex']>)
    }
  }
  walk(new Lexer({ gfm: true }).lex(markdown))
  return found
}

function expectWellFormed(r: Rendered): void {
  const all = tables(r.markdown)
  expect(all.length).toBeGreaterThan(3)
  for (const t of all) {
    const lines = t.raw.trimEnd().split('\n')
    // every source line became a row: none swallowed, none split
    expect(t.rows.length, lines[0]).toBe(lines.length - 2)
    // and every row has the header's columns; cell text holds no raw pipe (it is &#124;)
    const columns = t.header.length
    for (const line of lines) expect(line.split('|').length - 2, line.slice(0, 120)).toBe(columns)
  }
  // rendered text cannot carry markup from the data
  expect(r.html).not.toMatch(/<(script|img|iframe|style)\b/i)
}

function headings(html: string): string[] {
  return [...html.matchAll(/<h(\d)>(.*?)<\/h\1>/g)].map((m) => `h${m[1]} ${m[2]}`)
}

describe('the job summary as GitHub renders it', () => {
  let small: Rendered
  let large: Rendered
  const spaces: Workspace[] = []

  beforeAll(async () => {
    const ws = await makeWorkspace()
    spaces.push(ws)
    small = await renderStep(ws, 'examples')
    // The examples' three windows, and 100,000 unacknowledged block alarms more in the no-go window.
    const rows = Array.from({ length: 100_000 }, (_, i) => `ALM-${900000 + i},block,rw-2026-11-c,2026-11-23T14:00:00Z,release-eng,sre-oncall,generated alarm ${i}`)
    const big = await makeWorkspace({ edit: { 'examples/alarms.csv': (text) => `${text.trimEnd()}\n${rows.join('\n')}\n` } })
    spaces.push(big)
    large = await renderStep(big, 'examples-100k')
  }, 240_000)
  afterAll(async () => {
    for (const ws of spaces) await ws.cleanup()
  })

  it('has the defect counts it is meant to', () => {
    expect(small.defects).toBeGreaterThanOrEqual(10)
    expect(small.defects).toBeLessThan(20)
    expect(large.defects).toBeGreaterThan(100_000)
  })

  it.each(['small', 'large'] as const)('%s: fits the budget and every table is well formed', (which) => {
    const r = which === 'small' ? small : large
    expect(Buffer.byteLength(r.markdown)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES)
    expectWellFormed(r)
  })

  it.each(['small', 'large'] as const)('%s: the decision, then the windows no-go first, each with its own readback, then the defects', (which) => {
    const h = headings(which === 'small' ? small.html : large.html)
    const at = (text: string) => h.findIndex((x) => x.includes(text))
    expect(h[0]).toBe('h2 Acknowledgment ledger gate: ⛔ NO-GO')
    const order = ['h3 Release windows', 'h3 Window rw-2026-11-c: ⛔ NO-GO', 'h3 Window rw-2026-11-b: 🟡 CONDITIONAL GO', 'h3 Window rw-2026-11-a: ✅ GO', 'h3 Defects by code', 'h3 Defects ('].map(at)
    expect(order.every((i) => i >= 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    // a readback under each window, before the next window
    expect(h[order[1] + 1]).toMatch(/^h4 Readback: top \d highest-risk alarms?$/)
    expect(h[order[2] + 1]).toMatch(/^h4 Readback: top \d highest-risk alarms?$/)
    expect(h[order[3] + 1]).toMatch(/^h4 Readback: top \d highest-risk alarms?$/)
  })

  it('at 100,000 defects, the no-go window and its readback are in the first few kilobytes, and the cut is explained', () => {
    expect(large.markdown.indexOf('### Window rw-2026-11-c: ⛔ NO-GO')).toBeLessThan(4096)
    expect(large.html).toMatch(/<strong>\d+ of \d+ defects not shown here<\/strong>: a job summary is limited to 1 MiB\. Every defect is in \.release-evidence\/defects\.csv\./)
  })

  it.each(['small', 'large'] as const)('%s: every defect location is a link to its line at the commit checked', (which) => {
    const r = which === 'small' ? small : large
    const links = [...r.html.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)]
    expect(links.length).toBeGreaterThan(which === 'small' ? 5 : 1000)
    for (const [, href, text] of links) {
      const [file, line] = text.split(':')
      expect(href).toBe(`https://github.com/octo/release/blob/${SHA}/${file}${line ? `#L${line}` : ''}`)
    }
    // the location cells of the defect table are links, none plain
    const table = tables(r.markdown).find((t) => t.header.some((c) => c.text === 'Location'))
    const col = table!.header.findIndex((c) => c.text === 'Location')
    for (const row of table!.rows) if (row[col].text !== '') expect(row[col].text).toMatch(/^\[[^\]]+\]\(https:\/\/github\.com\//)
  })

  it('reads REPO_ROOT examples, not a stand-in', async () => {
    expect(await readFile(join(spaces[0].dir, 'examples/alarms.csv'), 'utf8')).toBe(await readFile(join(REPO_ROOT, 'examples/alarms.csv'), 'utf8'))
  })
})
