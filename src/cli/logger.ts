import { pino, type Logger } from 'pino'

/** Logs go to stderr, and only with --verbose: stdout stays for results. */
export function createLogger(verbose: boolean): Logger {
  return pino({ level: verbose ? 'debug' : 'silent', base: undefined }, pino.destination(2))
}
