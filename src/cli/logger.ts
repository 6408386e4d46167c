import { pino, type Logger } from 'pino'
import { hideSecrets } from '../util/secrets.js'

/** Logs go to stderr, and only with --verbose: stdout stays for results. */
export function createLogger(verbose: boolean): Logger {
  // Every line passes hideSecrets: a logged error may quote a connection string.
  return pino({ level: verbose ? 'debug' : 'silent', base: undefined, hooks: { streamWrite: hideSecrets } }, pino.destination(2))
}
