// Two kinds of failure, as in sigstore-js and codeql-action: a UserError is the user's to fix
// (bad input, bad policy, wrong usage) and always carries a message that names the fix; an
// InternalError is ours and carries its cause. Codes are stable API; messages may improve.

export const ExitCode = {
  /** go, conditional-go, observe mode, or verification passed */
  Pass: 0,
  /** no-go, verification failed, or a publish that could not land */
  PolicyFailure: 1,
  /** cannot evaluate: usage, unreadable input, invalid policy */
  CannotEvaluate: 2
} as const
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]

export class BaseError<C extends string> extends Error {
  readonly code: C
  override readonly cause: unknown

  constructor({ code, message, cause }: { code: C; message: string; cause?: unknown }) {
    super(message)
    this.code = code
    this.cause = cause
    this.name = new.target.name
  }
}

/** A located problem in a user's file: every validator collects these rather than stopping. */
export interface Problem {
  file: string
  line?: number
  /** JSON pointer (policies) or column name (CSV) */
  field?: string
  message: string
  /** What to do about it, in the user's terms */
  fix?: string
}

export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file
  const field = p.field ? ` ${p.field}:` : ''
  const fix = p.fix ? ` (fix: ${p.fix})` : ''
  return `${where}:${field} ${p.message}${fix}`
}

export type UserErrorCode =
  | 'USAGE'
  | 'INPUT_MISSING'
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_COLUMN_MISSING'
  | 'INPUT_INVALID'
  | 'POLICY_INVALID'
  | 'ID_INVALID'
  | 'KEY_INVALID'
  | 'KEY_UNKNOWN'
  | 'KEY_EXPIRED'
  | 'KEY_NOT_YET_VALID'
  | 'HISTORY_SHALLOW'
  | 'REPO_INVALID'
  | 'UNSAFE_EVENT'
  | 'REMOTE_UNREACHABLE'
  | 'TIMESTAMP_FAILED'
  | 'TRUST_ROOT_UNPINNED'

/** The user's mistake: exit 2, a message and no stack trace. */
export class UserError extends BaseError<UserErrorCode> {
  readonly problems: Problem[]
  /** the message without the listed problems: with code and problems, all it takes to make the error again */
  readonly headline: string

  constructor(args: { code: UserErrorCode; message: string; problems?: Problem[]; cause?: unknown }) {
    const list = args.problems ?? []
    const shown = list.slice(0, 20).map((p) => `  - ${formatProblem(p)}`)
    const more = list.length > 20 ? [`  ... and ${list.length - 20} more`] : []
    super({ code: args.code, message: [args.message, ...shown, ...more].join('\n'), cause: args.cause })
    this.problems = list
    this.headline = args.message
  }

  get exitCode(): ExitCode {
    return ExitCode.CannotEvaluate
  }
}

export type PolicyFailureCode = 'NO_GO' | 'VERIFY_FAILED' | 'PUBLISH_FAILED' | 'SIGNATURE_FAILED'

/** The evidence fails policy: exit 1. Not a crash and not the user's syntax error. */
export class PolicyFailure extends BaseError<PolicyFailureCode> {
  get exitCode(): ExitCode {
    return ExitCode.PolicyFailure
  }
}

export type InternalErrorCode = 'INTERNAL' | 'GIT' | 'IO' | 'WRITE_ONCE' | 'REF_MOVED'

export class InternalError extends BaseError<InternalErrorCode> {}

/** Exit code for anything thrown; unknown throwables are internal failures (exit 2, never 0). */
export function exitCodeFor(err: unknown): ExitCode {
  if (err instanceof UserError || err instanceof PolicyFailure) return err.exitCode
  return ExitCode.CannotEvaluate
}

/** One line for a user error, message plus cause for ours; never a silent pass. */
export function describeError(err: unknown): string {
  if (err instanceof UserError || err instanceof PolicyFailure) return `${err.code}: ${err.message}`
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? ` (cause: ${err.cause.message})` : ''
    return `internal error: ${err.message}${cause}`
  }
  return `internal error: ${String(err)}`
}
