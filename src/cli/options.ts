import { Option, type Command } from 'commander'
import { DEFAULT_DB } from '../store/location.js'

/** `--db`: a SQLite file or a postgres:// URL (default DYAD_DB, then ./dyad.db). */
export function dbOption(): Option {
  return new Option('--db <location>', `store: SQLite file or postgres:// URL (default: $DYAD_DB or ${DEFAULT_DB})`)
}

/** A positive integer option value. */
export function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a whole number: ${value}`)
  return n
}

/** Global options (`--verbose`) seen from a subcommand. */
export function isVerbose(cmd: Command): boolean {
  return Boolean(cmd.optsWithGlobals().verbose)
}
