import { UserError, type Problem } from '../errors.js'
import { printable } from '../util/ids.js'
import { checkRemoteUrl } from './remote.js'
import { DEFAULT_MAX_ATTEMPTS } from './race.js'
import { DEFAULT_NETWORK_TIMEOUT_MS } from '../git/http.js'

// Settings.publish: where the store is pushed and how hard to try. The token, the push switch,
// allow-unsafe-pr-commit and the store branch live in Settings.action / Settings.git (their inputs
// are parsed in src/action/inputs.ts); this covers the rest, from raw strings, in one pure function
// that reports every bad value with its fix.

export interface PublishSettings {
  /** local remote name: its URL is used unless `url` is set, and refs/remotes/<name>/* are updated */
  remote: string
  /** explicit https URL of the repository; null: the clone's URL for `remote` */
  url: string | null
  /** pushes to try when other runs keep landing first */
  maxAttempts: number
  /** idle timeout of each request to the remote, in ms: a remote silent for longer is unreachable */
  timeoutMs: number
}

export const DEFAULT_PUBLISH: PublishSettings = { remote: 'origin', url: null, maxAttempts: DEFAULT_MAX_ATTEMPTS, timeoutMs: DEFAULT_NETWORK_TIMEOUT_MS }

export const MAX_NETWORK_TIMEOUT_S = 3600

export const MAX_ATTEMPTS_LIMIT = 20

export interface PublishInputs {
  /** `remote` input / --remote */
  remote?: string
  /** `remote-url` input / --remote-url */
  remoteUrl?: string
  /** `max-attempts` input / --max-attempts */
  maxAttempts?: string
  /** `network-timeout` input / --network-timeout: seconds */
  networkTimeout?: string
}

export function resolvePublishSettings(inputs: PublishInputs, file = 'action inputs'): PublishSettings {
  const problems: Problem[] = []
  const bad = (field: string, message: string, fix: string): void => {
    problems.push({ file, field, message, fix })
  }

  const remote = (inputs.remote ?? '').trim() || DEFAULT_PUBLISH.remote
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(remote)) bad('remote', `'${printable(remote)}' is not a remote name`, "use the name of a configured remote, e.g. 'origin'")

  let url: string | null = null
  const rawUrl = (inputs.remoteUrl ?? '').trim()
  if (rawUrl !== '') {
    try {
      url = checkRemoteUrl(rawUrl, 'remote-url')
    } catch (err) {
      if (!(err instanceof UserError)) throw err
      bad('remote-url', err.message.split('\n')[0].replace(/^remote-url: /, ''), 'use the https URL of the repository, e.g. https://github.com/OWNER/REPO.git')
    }
  }

  let maxAttempts = DEFAULT_PUBLISH.maxAttempts
  const rawAttempts = (inputs.maxAttempts ?? '').trim()
  if (rawAttempts !== '') {
    const n = /^\d{1,3}$/.test(rawAttempts) ? Number(rawAttempts) : Number.NaN
    if (!(n >= 1 && n <= MAX_ATTEMPTS_LIMIT)) {
      bad('max-attempts', `'${printable(rawAttempts)}' is not a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}`, `use e.g. ${DEFAULT_MAX_ATTEMPTS}`)
    } else maxAttempts = n
  }

  let timeoutMs = DEFAULT_PUBLISH.timeoutMs
  const rawTimeout = (inputs.networkTimeout ?? '').trim()
  if (rawTimeout !== '') {
    const n = /^\d{1,4}$/.test(rawTimeout) ? Number(rawTimeout) : Number.NaN
    if (!(n >= 1 && n <= MAX_NETWORK_TIMEOUT_S)) {
      bad('network-timeout', `'${printable(rawTimeout)}' is not a whole number of seconds from 1 to ${MAX_NETWORK_TIMEOUT_S}`, `use e.g. ${DEFAULT_NETWORK_TIMEOUT_MS / 1000}`)
    } else timeoutMs = n * 1000
  }

  if (problems.length > 0) throw new UserError({ code: 'INPUT_INVALID', message: 'invalid publish settings', problems })
  return { remote, url, maxAttempts, timeoutMs }
}
