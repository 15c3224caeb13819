import { describe, expect, it } from 'vitest'
import { defectAnnotation } from '../../src/report/annotations.js'
import { annotationText, logText, mdText } from '../../src/report/escape.js'
import { renderTable } from '../../src/report/table.js'
import { printable } from '../../src/util/ids.js'
import { ALARM_HEADER, LEDGER_HEADER, gate } from '../ledger/helpers.js'
import { defect } from './fixtures.js'

// Zero-width and bidirectional formatting characters are invisible: `B\u200b-1` reads as `B-1`,
// and a right-to-left override reorders what follows it. Wherever untrusted text is echoed (defect
// details and ids, markdown, annotations, log lines, terminal tables) they are shown as \uNNNN, as
// control characters are shown as \xNN.

const CASES: [string, string, string][] = [
  ['zero-width space', 'B\u200b-1', 'B\\u200b-1'],
  ['zero-width non-joiner and joiner', 'a\u200cb\u200dc', 'a\\u200cb\\u200dc'],
  ['left-to-right and right-to-left marks', '\u200eA\u200f', '\\u200eA\\u200f'],
  ['right-to-left override (Trojan Source)', 'ok\u202etxt.exe', 'ok\\u202etxt.exe'],
  ['bidi isolates', '\u2066x\u2069', '\\u2066x\\u2069'],
  ['word joiner', 'a\u2060b', 'a\\u2060b'],
  ['zero-width no-break space', 'a\ufeffb', 'a\\ufeffb'],
  ['soft hyphen', 'a\u00adb', 'a\\u00adb'],
  ['Arabic letter mark', 'a\u061cb', 'a\\u061cb']
]

describe('invisible characters are shown escaped', () => {
  it.each(CASES)('%s: in messages (printable), annotations and log lines', (_name, raw, shown) => {
    expect(printable(raw)).toBe(shown)
    expect(annotationText(raw)).toBe(shown)
    expect(logText(raw)).toBe(shown)
  })

  it.each(CASES)('%s: in markdown, with the backslash as an entity', (_name, raw, shown) => {
    expect(mdText(raw)).toBe(shown.replace(/\\/g, '&#92;'))
  })

  it('control characters keep their \\xNN form beside them', () => {
    expect(printable('a\u0007\u200bb')).toBe('a\\x07\\u200bb')
    expect(renderTable(['ID'], [['B\u200b-1']])).toContain('B\\u200b-1')
  })

  it('visible text, including emoji and accents, is left alone', () => {
    for (const text of ['ALM-1', 'café', 'naïve résumé', '✅ GO', '漢字']) {
      expect(printable(text)).toBe(text)
      expect(annotationText(text)).toBe(text)
    }
  })

  it('an annotation of a defect about a zero-width id shows it in title and message', () => {
    const a = defectAnnotation(defect({ subject: 'B\u200b-1', detail: "alarm_id 'B\u200b-1' is odd" }), 'error')
    expect(a.title).toContain('B\\u200b-1')
    expect(a.message).toContain("'B\\u200b-1'")
    expect(a.title + a.message).not.toMatch(/\u200b/)
  })

  it('the gate reports a refused id escaped, in its subject and its detail', async () => {
    const alarms = `${ALARM_HEADER}\nB\u200b-1,block,RW\u202e-1,2026-11-23T10:00:00Z,app-oncall,sre-oncall\n`
    const r = await gate({ alarms, ledger: `${LEDGER_HEADER}\n` }, '2026-11-23T11:00:00Z')
    const shown = r.defects.map((d) => [d.defect_code, d.subject, d.detail])
    expect(shown).toContainEqual(['ID_MALFORMED', 'RW\\u202e-1', "release_window_id 'RW\\u202e-1' may contain only letters, digits and the separators - _ . : space"])
    expect(shown).toContainEqual(['ID_MALFORMED', 'B\\u200b-1', "alarm_id 'B\\u200b-1' may contain only letters, digits and the separators - _ . : space"])
    expect(JSON.stringify(r.defects)).not.toMatch(/[\u200b\u202e]/)
  })
})
