import { Command } from 'commander'
import { readFileSync } from 'node:fs'
import { CliError, type CliIo } from '../io.js'
import { dbOption } from '../options.js'

interface EvalOptions {
  gold: string
  db?: string
  system?: string
  json?: boolean
}

/** `dyad eval --gold F`: score the store (or an export file) like score.py. */
export function evalCommand(io: CliIo): Command {
  return new Command('eval')
    .description("score the store's export against a gold annotation with score.py's matching rules (same report lines)")
    .requiredOption('--gold <file>', 'gold annotation JSON (e.g. ../shared/eval/vietnam-china.gold.json)')
    .addOption(dbOption())
    .option('--system <file>', 'score this export JSON file instead of the store')
    .option('--json', 'print the whole report as JSON')
    .action(async (options: EvalOptions) => {
      const { exportJsonFromStore } = await import('../../app/export/export-json-from-store.js')
      const { formatReport, scoreExport } = await import('../../eval/index.js')
      const { openForReading } = await import('../read.js')
      const gold = readJson(options.gold)
      let data: Record<string, unknown>
      if (options.system) data = readJson(options.system)
      else {
        const store = await openForReading(options.db)
        try {
          data = (await exportJsonFromStore(store.db)) as unknown as Record<string, unknown>
        } finally {
          await store.close()
        }
      }
      const report = scoreExport(gold, data)
      io.out(options.json ? `${JSON.stringify(report, null, 1)}\n` : `${formatReport(report).join('\n')}\n`)
    })
}

function readJson(path: string): Record<string, any> {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new CliError(`cannot read ${path}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new CliError(`${path} is not JSON: ${(error as Error).message}`)
  }
}
