import { Command, Option } from 'commander'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CliError, type CliIo } from '../io.js'
import { dbOption } from '../options.js'

interface ExportOptions {
  format: 'json' | 'csv' | 'tsv'
  db?: string
  out?: string
}

/** `dyad export`: the store as scored JSON, CSV tables or a TSV event file. */
export function exportCommand(io: CliIo): Command {
  return new Command('export')
    .description(
      'write the store out: json (the structure score.py reads), csv (one file per table, --out is a folder) or tsv (events, GDELT/ICEWS-like columns)',
    )
    .addOption(new Option('--format <format>', 'json, csv or tsv').choices(['json', 'csv', 'tsv']).default('json'))
    .addOption(dbOption())
    .option('--out <path>', 'output file (json, tsv; default standard output) or folder (csv, required)')
    .action(async (options: ExportOptions) => {
      const { exportJsonFromStore } = await import('../../app/export/export-json-from-store.js')
      const { exportCsvFiles, exportEventsTsv } = await import('../../app/export/tables.js')
      const { openForReading } = await import('../read.js')
      if (options.format === 'csv' && !options.out) throw new CliError('--format csv writes one file per table: give a folder with --out', 2)
      const store = await openForReading(options.db)
      let data
      try {
        data = await exportJsonFromStore(store.db)
      } finally {
        await store.close()
      }
      if (options.format === 'csv') {
        mkdirSync(options.out!, { recursive: true })
        const files = exportCsvFiles(data)
        for (const [name, text] of Object.entries(files)) writeFileSync(join(options.out!, name), text)
        io.err(`wrote ${Object.keys(files).length} CSV files to ${options.out}\n`)
        return
      }
      const text = options.format === 'json' ? `${JSON.stringify(data, null, 1)}\n` : exportEventsTsv(data)
      if (options.out) {
        writeFileSync(options.out, text)
        // Say what this file holds: the TSV layout has events only (figures and documents go to json or csv).
        const held =
          options.format === 'json'
            ? `${data.documents.length} documents, ${data.events.length} events, ${data.indicators.length} figures`
            : `${data.events.length} events; figures and documents are in --format json or csv`
        io.err(`wrote ${options.out} (${held})\n`)
      } else io.out(text)
    })
}
