import { hideSecrets } from '../util/secrets.js'

/**
 * Where a command writes and how it reports failure. The real process in
 * `bin/dyad.js`; a buffer in tests, so commands run in-process.
 */
export interface CliIo {
  out(text: string): void
  err(text: string): void
  /** True when stderr is a terminal (progress bars only then). */
  readonly isTTY: boolean
  /** The exit status so far; commands raise it, never lower it. */
  exitCode: number
}

/**
 * The process's own streams. When the reader of standard output goes away
 * (`dyad figures --json | head -3`), output stops quietly, as git and sqlite3
 * do, instead of an unhandled EPIPE error with a stack trace.
 */
export function processIo(stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): CliIo {
  let closed = false
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
    closed = true
  })
  return {
    out: (text) => void (closed || stdout.write(text)),
    // Errors may quote a connection string or a URL: never its password.
    err: (text) => void stderr.write(hideSecrets(text)),
    isTTY: Boolean(stderr.isTTY),
    exitCode: 0,
  }
}

/** Raise the exit status (1 = failure, 2 = usage). */
export function fail(io: CliIo, code = 1): void {
  io.exitCode = Math.max(io.exitCode, code)
}

/** An error a command reports as one line, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message)
  }
}
