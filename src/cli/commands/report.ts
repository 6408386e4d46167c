import { Command } from 'commander'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CliError, processIo, type CliIo } from '../io.js'
import { dbOption } from '../options.js'

interface ReportOptions {
  pair: string
  out: string
  db?: string
}

/** `dyad report --pair VN,CN --out brief.html [--db F]`: a self-contained HTML brief of a pair. */
export function reportCommand(io: CliIo = processIo()): Command {
  return new Command('report')
    .description('write a self-contained HTML brief of a country pair (timeline, headline figures with sources, conflicts, latest events with evidence)')
    .requiredOption('--pair <codes>', 'the two countries, e.g. VN,CN')
    .requiredOption('--out <file>', 'where to write the HTML file')
    .addOption(dbOption())
    .action(async (options: ReportOptions) => {
      const { pair } = await import('../../app/params.js')
      const { listPairs } = await import('../../app/query/index.js')
      const { buildBrief } = await import('../../report/index.js')
      const { checkOptions, openForReading, whyEmpty } = await import('../read.js')
      const checked = checkOptions({ pair }, { ...options }).pair
      const store = await openForReading(options.db)
      let html: string
      try {
        const held = (await listPairs(store.db)).find((p) => p.pair === checked.stored)
        // A brief of nothing would look like a quiet relationship: refuse it instead.
        if (!held) throw new CliError(`nothing to report: ${await whyEmpty(store, 'records', checked)}`, 1)
        html = await buildBrief(store.db, checked)
      } finally {
        await store.close()
      }
      const out = resolve(options.out)
      writeFileSync(out, html, 'utf8')
      io.out(`wrote ${out} (${Math.round(html.length / 1024)} kB)\n`)
    })
}
