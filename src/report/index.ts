import { INPUT_CODES } from '../findings/codes.js'
import type { Lesson } from '../lesson.js'
import { codesCommand } from './codes-command.js'

// Reporting as a registry entry: the CSV reader's codes and `release-evidence codes`.

export const report: Lesson = {
  name: 'report',
  lesson: null,
  title: 'Defect codes',
  codes: INPUT_CODES,
  inputs: [],
  policies: [],
  families: [],
  commands: [codesCommand]
}
