import { inspect } from 'node:util'

// A secret input (signing key, token) travels inside Settings, so anything that logs, serializes
// or interpolates Settings must not print it. The value is reachable only through reveal(), which
// makes every use greppable.

export class Secret {
  readonly #value: string

  constructor(value: string) {
    this.#value = value
  }

  reveal(): string {
    return this.#value
  }

  toString(): string {
    return '[secret]'
  }

  toJSON(): string {
    return '[secret]'
  }

  [inspect.custom](): string {
    return '[secret]'
  }
}

/** An input's value as a Secret; empty or whitespace-only means "none" (null), never an empty password. */
export function secretFrom(raw: string | undefined | null): Secret | null {
  return raw === undefined || raw === null || raw.trim() === '' ? null : new Secret(raw)
}
