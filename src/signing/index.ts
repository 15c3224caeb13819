import type { Lesson } from '../lesson.js'
import { SIGNING_CODES } from './codes.js'
import { keygenCommand } from './keygen-command.js'

// Signing as a registry entry: the keyring policy every signed family verifies under, its codes,
// and `keygen`.

export const signing: Lesson = {
  name: 'signing',
  lesson: null,
  title: 'Signing and the keyring',
  codes: SIGNING_CODES,
  inputs: [],
  policies: [{ kind: 'keyring', option: 'keyring', default: 'policies/keyring.yaml', help: 'trusted signer keys' }],
  families: [],
  commands: [keygenCommand]
}
