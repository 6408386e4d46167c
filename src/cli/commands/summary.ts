import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { dbOption } from '../options.js'

/** `dyad summary`: what the store holds, per kind and per country pair. */
export function summaryCommand(io: CliIo): Command {
  return new Command('summary')
    .description('count what the store holds: documents, entities, events, clusters, figures, conflicts, per country pair')
    .addOption(dbOption())
    .option('--json', 'print JSON')
    .action(async (o: { db?: string; json?: boolean }) => {
      const { listPairs, pairCodes, storeSummary } = await import('../../app/query/index.js')
      const { openForReading } = await import('../read.js')
      const store = await openForReading(o.db)
      try {
        const counts = await storeSummary(store.db)
        const pairs = await listPairs(store.db)
        if (o.json) return io.out(`${JSON.stringify({ store: store.location, counts, pairs }, null, 1)}\n`)
        io.out(`store ${store.location} (${store.backend.name})\n`)
        for (const [kind, n] of Object.entries(counts)) io.out(`  ${kind.replace(/_/g, ' ').padEnd(16)} ${String(n).padStart(7)}\n`)
        for (const p of pairs) io.out(`  pair ${pairCodes(p.pair).join('-').padEnd(11)} ${p.documents} documents, ${p.events} events, ${p.indicators} figures\n`)
      } finally {
        await store.close()
      }
    })
}
