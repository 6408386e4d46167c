import { Command, CommanderError } from 'commander'
import { readFileSync } from 'node:fs'
import { conflictsCommand } from './commands/conflicts.js'
import { documentsCommand } from './commands/documents.js'
import { entitiesCommand } from './commands/entities.js'
import { evalCommand } from './commands/eval.js'
import { eventsCommand } from './commands/events.js'
import { exportCommand } from './commands/export.js'
import { figuresCommand } from './commands/figures.js'
import { ingestCommand } from './commands/ingest.js'
import { serveCommand } from './commands/serve.js'
import { reportCommand } from './commands/report.js'
import { summaryCommand } from './commands/summary.js'
import { timeCommand } from './commands/time.js'
import { timelineCommand } from './commands/timeline.js'
import { workerCommand } from './commands/worker.js'
import { CliError, processIo, type CliIo } from './io.js'
import { hideSecrets } from '../util/secrets.js'

/**
 * The `dyad` program with every command registered. A command module holds
 * only its options; its action imports what it runs (pipeline, store,
 * server) when it runs, so `--help`, `--version` and the read commands do
 * not load the pipeline's gazetteers and NLP model.
 */
export async function buildProgram(io: CliIo): Promise<Command> {
  const program = new Command('dyad')
    .description('Dyad: turn diplomatic news about a pair of countries into a verifiable, queryable record')
    .version(packageVersion(), '-V, --version')
    .option('--verbose', 'log what happens (to stderr)')
    .showHelpAfterError('(run with --help for usage)')
  const commands = [
    ingestCommand(io),
    exportCommand(io),
    evalCommand(io),
    eventsCommand(io),
    figuresCommand(io),
    conflictsCommand(io),
    entitiesCommand(io),
    documentsCommand(io),
    timelineCommand(io),
    summaryCommand(io),
    reportCommand(io),
    timeCommand(io),
    serveCommand(io),
    workerCommand(io),
  ]
  for (const c of commands) program.addCommand(c)
  configure(program, io)
  return program
}

/** Output and exits go through `io` for the program and every subcommand. */
function configure(cmd: Command, io: CliIo): void {
  cmd.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err })
  for (const sub of cmd.commands) configure(sub, io)
}

/**
 * Run the CLI on `argv` (as process.argv: node, script, args...). Returns
 * the exit status; with the default (process) io it also sets
 * process.exitCode.
 */
export async function main(argv: readonly string[], io?: CliIo): Promise<number> {
  const target = io ?? processIo()
  let code: number
  try {
    const program = await buildProgram(target)
    await program.parseAsync([...argv])
    code = target.exitCode
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode
    else if (error instanceof CliError) {
      target.err(`dyad: ${hideSecrets(error.message)}\n`)
      code = error.exitCode
    } else {
      target.err(`dyad: ${hideSecrets(error instanceof Error ? error.message : String(error))}\n`)
      if (process.env.DYAD_DEBUG === '1' && error instanceof Error) target.err(`${hideSecrets(error.stack ?? '')}\n`)
      code = 1
    }
  }
  if (!io) process.exitCode = code
  return code
}

function packageVersion(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version
  } catch {
    return '0.0.0'
  }
}
