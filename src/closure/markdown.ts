// Untrusted text (ids, names and URIs that came from users' CSVs) rendered into Markdown for job
// summaries and handoff notes. Escaping turns every character that could open a table cell, an
// HTML tag, a code span, a link or emphasis into a literal, and folds line breaks into spaces so a
// value can never start a new block. Code spans are never used for untrusted text, because a
// backtick cannot be escaped inside one.

const MD_SPECIAL = /[\\`*_[\]|<>&#!~]/g
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' }

export function escapeMarkdown(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(MD_SPECIAL, (c) => ENTITY[c] ?? `\\${c}`)
  )
}
