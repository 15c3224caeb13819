import type { Severity } from './defect.js'

// What a defect code means. Every lesson and every part of the machinery keeps its own codes in
// its folder; src/lessons.ts merges them into the one registry that `release-evidence codes`, the
// job summary and docs/reference/codes.md read. This file is a leaf: anything may import it.

/** The lesson or machinery part that emits a code: a lesson name, or input, store, signing, publish. */
export type Stage = string

export interface CodeInfo {
  stage: Stage
  severity: Severity
  meaning: string
}

export type CodeTable = Readonly<Record<string, CodeInfo>>

/** Codes of the CSV reader, shared by every lesson that reads a CSV. */
export const INPUT_CODES: CodeTable = {
  ROW_MALFORMED: {
    stage: 'input',
    severity: 'blocking',
    meaning: 'A CSV row is structurally broken (wrong column count, unterminated quote); it was not read.'
  }
}
