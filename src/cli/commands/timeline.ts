import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { dbOption } from '../options.js'
import { eventColumns, renderTable, terminalWidth } from '../table.js'

interface TimelineOptions {
  db?: string
  pair: string
  actor?: string
  type?: string
  status?: string
  from?: string
  to?: string
  undated?: boolean
  json?: boolean
}

/** `dyad timeline --pair VN,CN`: one line per real event (cluster), in time order; the entries /api/timeline gives. */
export function timelineCommand(io: CliIo): Command {
  return new Command('timeline')
    .description("the pair's relationship timeline: one line per real event (mentions across documents merged), in time order")
    .requiredOption('--pair <pair>', 'country pair, e.g. VN,CN')
    .addOption(dbOption())
    .option('--actor <name>', 'entity key or any name of a participant')
    .option('--type <type>', 'event type (visit, talks, meeting, phone_call, summit, agreement, ...)')
    .option('--status <status>', 'occurred or planned')
    .option('--from <day>', 'events ending on or after this day (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <day>', 'events starting on or before this day')
    .option('--undated', 'also list events with no known time (at the end)')
    .option('--json', 'print JSON (the items of /api/timeline) instead of a table')
    .action(async (o: TimelineOptions) => {
      const { eventFilters, pair } = await import('../../app/params.js')
      // The read modules themselves, not the read service's index: it loads every read module (start-up).
      const { timeline } = await import('../../app/read/clusters.js')
      const { resolveActor } = await import('../../app/query/filters.js')
      const { checkOptions, openForReading, whyEmpty } = await import('../read.js')
      const { actor, ...filters } = checkOptions({ ...eventFilters, pair }, { ...o })
      const store = await openForReading(o.db)
      try {
        const actors = actor ? await resolveActor(store.db, actor) : undefined
        const { items } = await timeline(store.db, { ...filters, ...(actors ? { actors } : {}) }, { undated: Boolean(o.undated) })
        if (o.json) return io.out(`${JSON.stringify(items, null, 1)}\n`)
        if (items.length === 0)
          return io.out(`0 events: ${await whyEmpty(store, o.undated ? 'events' : 'dated events (--undated lists the others)', filters.pair)}\n`)
        io.out(
          renderTable(
            items,
            [
              ...eventColumns<(typeof items)[number]>(),
              { header: 'actors', cell: (e) => e.actors.map((a) => a.name).join(', '), max: 34 },
              { header: 'docs', cell: (e) => String(e.documents), align: 'right' },
              { header: 'evidence', cell: (e) => e.evidence },
            ],
            terminalWidth(),
          ),
        )
      } finally {
        await store.close()
      }
    })
}
