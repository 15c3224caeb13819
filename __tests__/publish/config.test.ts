import { describe, expect, it } from 'vitest'
import { exitCodeFor, UserError } from '../../src/errors.js'
import { DEFAULT_PUBLISH, resolvePublishSettings } from '../../src/publish/config.js'
import { retryDelayMs } from '../../src/publish/race.js'
import { authHeaders, checkRemoteUrl, classifyTransportError, redactUrl } from '../../src/publish/remote.js'

// The pure parts of publishing: settings from raw inputs, which remote URLs are accepted, how the
// token becomes a header, how failures are classified, and the retry schedule.

describe('resolvePublishSettings', () => {
  it('defaults to origin, its configured URL and 5 attempts', () => {
    expect(resolvePublishSettings({})).toEqual(DEFAULT_PUBLISH)
    expect(DEFAULT_PUBLISH).toEqual({ remote: 'origin', url: null, maxAttempts: 5, timeoutMs: 60_000 })
  })

  it('accepts explicit values', () => {
    expect(resolvePublishSettings({ remote: ' upstream ', remoteUrl: 'https://github.com/octo/release.git', maxAttempts: '12' })).toEqual({
      remote: 'upstream',
      url: 'https://github.com/octo/release.git',
      maxAttempts: 12,
      timeoutMs: 60_000
    })
  })

  it('reports every bad value at once, each with its field and fix (exit 2)', () => {
    let err: unknown
    try {
      resolvePublishSettings({ remote: '-x', remoteUrl: 'git@github.com:octo/release.git', maxAttempts: '0' })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect(exitCodeFor(err)).toBe(2)
    const problems = (err as UserError).problems
    expect(problems.map((p) => p.field)).toEqual(['remote', 'remote-url', 'max-attempts'])
    expect(problems.every((p) => p.fix)).toBe(true)
  })

  it.each(['0', '21', '-1', '1.5', 'five', '1e1'])('refuses max-attempts %s', (value) => {
    expect(() => resolvePublishSettings({ maxAttempts: value })).toThrow(/whole number from 1 to 20/)
  })
})

describe('checkRemoteUrl', () => {
  it.each([
    ['https://github.com/octo/release.git', 'https://github.com/octo/release.git'],
    ['  https://github.com/octo/release  ', 'https://github.com/octo/release'],
    ['http://127.0.0.1:8080/store.git', 'http://127.0.0.1:8080/store.git'],
    ['http://localhost/store.git', 'http://localhost/store.git']
  ])('accepts %s', (raw, url) => {
    expect(checkRemoteUrl(raw, 'remote-url')).toBe(url)
  })

  it.each([
    ['git@github.com:octo/release.git', /https:\/\/github.com\/octo\/release.git/],
    ['ssh://git@github.com/octo/release.git', /not an http\(s\) URL/],
    ['git://github.com/octo/release.git', /not an http\(s\) URL/],
    ['file:///srv/git/release.git', /not an http\(s\) URL/],
    ['/srv/git/release.git', /not an http\(s\) URL/],
    ['ftp://example.com/x.git', /must use https/],
    ['http://github.com/octo/release.git', /must use https \(the token must not travel in clear text\)/],
    ['not a url', /not a valid URL/],
    ['https://x-access-token:ghs_secret@github.com/octo/release.git', /carries credentials/]
  ])('refuses %s', (raw, message) => {
    let err: unknown
    try {
      checkRemoteUrl(raw, 'remote-url')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UserError)
    expect(String((err as Error).message) + JSON.stringify((err as UserError).problems)).toMatch(message)
    expect((err as Error).message).not.toContain('ghs_secret')
  })
})

describe('redactUrl and authHeaders', () => {
  it('removes userinfo from URLs', () => {
    expect(redactUrl('https://user:pw@example.com/r.git')).toBe('https://example.com/r.git')
    expect(redactUrl('https://example.com/r.git')).toBe('https://example.com/r.git')
  })

  it('builds the x-access-token Basic header, a fresh object every call', () => {
    const token = { reveal: () => 'ghs_abc' }
    const a = authHeaders(token)
    expect(a).toEqual({ Authorization: `Basic ${Buffer.from('x-access-token:ghs_abc').toString('base64')}` })
    expect(authHeaders(token)).not.toBe(a)
    expect(authHeaders(null)).toEqual({})
  })
})

describe('classifyTransportError', () => {
  const http = (statusCode: number) => Object.assign(new Error(`HTTP Error: ${statusCode}`), { code: 'HttpError', data: { statusCode, statusMessage: 'X' } })
  it.each([
    [http(401), 'unauthorized'],
    [http(403), 'forbidden'],
    [http(404), 'not-found'],
    [http(502), 'server-error'],
    [http(418), 'protocol'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'unreachable'],
    [Object.assign(new Error('getaddrinfo ENOTFOUND nope.invalid'), { code: 'ENOTFOUND' }), 'unreachable'],
    [new Error('Request timed out'), 'unreachable'],
    [Object.assign(new Error('Expected "# service"'), { code: 'ParseError' }), 'protocol']
  ])('%s -> %s', (err, kind) => {
    expect(classifyTransportError(err)?.kind).toBe(kind)
  })

  it('leaves non-transport errors alone', () => {
    expect(classifyTransportError(new TypeError('bug'))).toBeNull()
    expect(classifyTransportError(Object.assign(new Error('x'), { code: 'NotFoundError' }))).toBeNull()
  })
})

describe('retryDelayMs', () => {
  it('doubles from the base up to the ceiling, with a jitter below the base fixed by the seed', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((a) => retryDelayMs(a, 'commit-a'))
    const floors = [1000, 2000, 4000, 8000, 16000, 16000]
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(floors[i])
      expect(d).toBeLessThan(floors[i] + 1000)
    })
    expect([1, 2, 3, 4, 5, 6].map((a) => retryDelayMs(a, 'commit-a'))).toEqual(delays)
  })

  it('desynchronizes runs that collided: different commits wait different times', () => {
    const seeds = ['a', 'b', 'c', 'd', 'e', 'f'].map((s) => retryDelayMs(1, `commit-${s}`))
    expect(new Set(seeds).size).toBe(seeds.length)
  })

  it('honours the options', () => {
    expect(retryDelayMs(3, 'x', { baseMs: 0 })).toBe(0)
    expect(retryDelayMs(10, 'x', { baseMs: 10, maxMs: 50 })).toBeLessThan(60)
  })
})
