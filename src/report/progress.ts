// Progress of long work (verify of a large store, an export of many windows, the gate on a large
// ledger) on stderr, so a person at a terminal sees it move. On a terminal one line is redrawn in
// place (at most every `intervalMs`); elsewhere (a CI log, a pipe) a phase prints one line when it
// ends and nothing else, so logs stay short. The CLI injects it through its Io; tests inject the
// writer, the terminal flag and the clock.

export interface ProgressPhase {
  /** `n` more items done */
  tick(n?: number): void
  /** the phase is over: a terminal's line is finished, a log gets its one line */
  done(): void
}

export interface Progress {
  /** A named phase of `total` items (unknown: undefined). */
  phase(name: string, total?: number): ProgressPhase
}

export interface ProgressOptions {
  write(text: string): void
  /** stderr is a terminal */
  tty: boolean
  /** milliseconds; injected in tests */
  now?: () => number
  /** least time between two redraws on a terminal (default 100 ms) */
  intervalMs?: number
}

const NOOP_PHASE: ProgressPhase = { tick: () => undefined, done: () => undefined }

/** Progress that shows nothing (the Action, tests, any caller that did not ask for it). */
export const NO_PROGRESS: Progress = { phase: () => NOOP_PHASE }

export function createProgress(opts: ProgressOptions): Progress {
  const now = opts.now ?? (() => Date.now())
  const interval = opts.intervalMs ?? 100
  return {
    phase(name, total) {
      const started = now()
      let count = 0
      let drawn = -Infinity
      let finished = false
      // A phase without items (the gate, a whole verify) says it is done, not "0".
      const status = () => (total === undefined ? (count === 0 ? 'done' : `${count}`) : `${count}/${total}${total > 0 ? ` (${Math.floor((count / total) * 100)}%)` : ''}`)
      const seconds = () => `${((now() - started) / 1000).toFixed(1)} s`
      return {
        tick(n = 1) {
          count += n
          if (!opts.tty || finished) return
          const t = now()
          if (t - drawn < interval) return
          drawn = t
          opts.write(`\r${name}: ${status()}\x1b[K`)
        },
        done() {
          if (finished) return
          finished = true
          opts.write(`${opts.tty ? '\r' : ''}${name}: ${status()} in ${seconds()}${opts.tty ? '\x1b[K' : ''}\n`)
        }
      }
    }
  }
}
