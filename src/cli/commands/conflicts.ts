import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { dbOption } from '../options.js'
import { KIND_LABEL } from '../text/kind.js'

/** `dyad conflicts`: figures (or events) that cannot all be true; agreements and changes over time on request. */
export function conflictsCommand(io: CliIo): Command {
  return new Command('conflicts')
    .description('list conflicts: figures for the same quantity and period that cannot all be true (--kind agreement or change_over_time for the others)')
    .addOption(dbOption())
    .option('--pair <pair>', 'country pair, e.g. VN,CN')
    .option('--kind <kind>', 'conflict (default), agreement, change_over_time or all', 'conflict')
    .option('--json', 'print JSON (the items of /api/conflicts: each with its figures and events in full)')
    .action(async (o: { db?: string; pair?: string; kind: string; json?: boolean }) => {
      const { conflictKind: kind, pair } = await import('../../app/params.js')
      const { listConflicts } = await import('../../app/read/indicators.js')
      const { checkOptions, openForReading, whyEmpty } = await import('../read.js')
      const { conflictText } = await import('../text/conflict.js')
      const checked = checkOptions({ pair: pair.optional(), kind }, { ...o })
      const store = await openForReading(o.db)
      try {
        const found = await listConflicts(store.db, {
          ...(checked.pair ? { pair: checked.pair } : {}),
          ...(checked.kind === 'all' ? {} : { kind: checked.kind }),
        })
        if (o.json) return io.out(`${JSON.stringify(found, null, 1)}\n`)
        for (const c of found) io.out(conflictText(c))
        const noun = checked.kind === 'all' ? 'comparisons' : `${KIND_LABEL[checked.kind]}s`.replace('change over times', 'changes over time')
        const n = found.length
        io.out(
          `${n} ${n === 1 ? noun.replace(/s$/, '').replace('changes', 'change') : noun}${n === 0 ? `: ${await whyEmpty(store, noun, checked.pair)}` : ''}\n`,
        )
      } finally {
        await store.close()
      }
    })
}
