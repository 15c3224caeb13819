import { UserError } from '../errors.js'

// Reading a file the user named (a CSV, a policy, a key file) fails in the user's terms: the
// file is not there (INPUT_MISSING) or cannot be read (INPUT_UNREADABLE). The caller words the
// message, naming the file and the fix; `code` is the errno code (ENOENT, EACCES, ...) or 'error'.

export async function readInput<T>(read: () => Promise<T>, message: (code: string) => string): Promise<T> {
  try {
    return await read()
  } catch (err) {
    // a reader's own verdict on the file (too large, say) is already in the user's terms
    if (err instanceof UserError) throw err
    const code = (err as NodeJS.ErrnoException).code
    throw new UserError({ code: code === 'ENOENT' ? 'INPUT_MISSING' : 'INPUT_UNREADABLE', message: message(code ?? 'error'), cause: err })
  }
}
