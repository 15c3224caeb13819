// How a remote URL may be shown: in messages, annotations, the job summary and logs, a URL's
// credentials never appear, whatever its shape. This is the one place that decides what the
// userinfo of a URL is, and everything that displays a remote URL goes through it.
//
// The rule: everything before the LAST `@` of the authority is userinfo, and is dropped.
//   - URLs with a scheme (https://, http://, ssh://, git://, git+ssh://): the authority runs
//     from `//` to the first / \ ? or #. A password may itself hold an `@` (user:a@b@host), so
//     the last `@` counts. If what precedes the first / \ ? # is no host[:port] (user:pa/ss@host,
//     a password with a slash in it), that delimiter was inside the password, and the userinfo
//     runs to the last `@` of the URL.
//   - scp-like remotes (user@host:path, user:secret@host:path): everything up to the last `@`.
//     An `@` in such a remote's path would be over-redacted, which shows less, never a secret.
//   - local paths (/srv/x.git, ./x, ../x, ~/x) hold no credentials and are shown as they are.

const SCHEME = /^([a-z][a-z0-9+.-]*:\/\/)/i
const AUTHORITY_END = /[/\\?#]/
const HOST_PORT = /^(?:\[[0-9a-f:.]*\]|[^:[\]]*)(?::\d*)?$/i

/** The URL as it may be shown: any userinfo removed. */
export function redactUrl(url: string): string {
  const scheme = SCHEME.exec(url)
  if (scheme) {
    const prefix = scheme[1]
    const rest = url.slice(prefix.length)
    const end = searchOr(rest, AUTHORITY_END, rest.length)
    const authority = rest.slice(0, end)
    const at = authority.lastIndexOf('@')
    if (at !== -1) return prefix + rest.slice(at + 1)
    if (HOST_PORT.test(authority)) return url
    // no host[:port] before the first delimiter: a password holding / \ ? or #
    const last = rest.lastIndexOf('@')
    return last === -1 ? url : prefix + rest.slice(last + 1)
  }
  if (/^(?:\/|\.\.?(?:\/|$)|~)/.test(url)) return url
  const at = url.lastIndexOf('@')
  return at === -1 ? url : url.slice(at + 1)
}

/** Free text (an error message) with every URL-like word in it passed through redactUrl. */
export function redactText(text: string): string {
  return text.replace(/[a-z][a-z0-9+.-]*:\/\/\S*|\S*@\S*/gi, (word) => {
    // keep quotes, brackets and the punctuation that ends a clause out of the URL
    const lead = /^[(['"]*/.exec(word)![0]
    const trail = /[)\],;'"]*$/.exec(word.slice(lead.length))![0]
    return lead + redactUrl(word.slice(lead.length, word.length - trail.length)) + trail
  })
}

function searchOr(text: string, re: RegExp, fallback: number): number {
  const k = text.search(re)
  return k === -1 ? fallback : k
}
