import { Option, type Command } from 'commander'
import { DEFAULT_DB } from '../app/store-location.js'

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

/**
 * `--budget-ms`: the pipeline's time limit per document (the default is
 * DEFAULT_BUDGET_MS of src/pipeline/budget.ts, not imported here: the CLI
 * loads the pipeline only inside a command's action).
 */
export function budgetOption(): Option {
  return new Option(
    '--budget-ms <n>',
    'milliseconds the pipeline may spend on one document; past them it fails (rule pipeline:budget) and the rest go on (default 30000)',
  ).argParser(positiveInt)
}

/** The tail of a record listing's options: `--from`/`--to` (the days the `what` must reach), `--limit` and `--json`. */
export function listingOptions(cmd: Command, what: string): Command {
  return cmd
    .option('--from <day>', `${what} ending on or after this ISO day`)
    .option('--to <day>', `${what} starting on or before this ISO day`)
    .option('--limit <n>', 'at most this many rows', positiveInt, 200)
    .option('--json', 'print JSON instead of a table')
}

/** Global options (`--verbose`) seen from a subcommand. */
export function isVerbose(cmd: Command): boolean {
  return Boolean(cmd.optsWithGlobals().verbose)
}
