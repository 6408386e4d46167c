import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { dbOption } from '../options.js'
import { renderTable, terminalWidth } from '../table.js'

interface TimelineOptions {
  db?: string
  pair: string
  undated?: boolean
  json?: boolean
}

/** `dyad timeline --pair VN,CN`: one line per real event (cluster), in time order. */
export function timelineCommand(io: CliIo): Command {
  return new Command('timeline')
    .description("the pair's relationship timeline: one line per real event (mentions across documents merged), in time order")
    .requiredOption('--pair <pair>', 'country pair, e.g. VN,CN')
    .addOption(dbOption())
    .option('--undated', 'also list events with no known time (at the end)')
    .option('--json', 'print JSON instead of a table')
    .action(async (o: TimelineOptions) => {
      const { pair } = await import('../../app/params.js')
      const { entityNames, listEvents } = await import('../../app/query/index.js')
      const { buildTimeline } = await import('../../events/timeline.js')
      const { checkOptions, openForReading, pairText, whyEmpty } = await import('../read.js')
      const checked = pairText(checkOptions({ pair }, { ...o }).pair)!
      const store = await openForReading(o.db)
      try {
        const events = await listEvents(store.db, { pair: checked })
        const byId = new Map(events.map((e) => [e.id, e]))
        const stored = events.map((e) => ({ id: e.id, doc: e.doc, event: { ...e, kind: 'event' as const } }))
        const clusters = new Map(events.filter((e) => e.cluster).map((e) => [e.id, e.cluster!]))
        const entries = buildTimeline(stored, clusters, { undated: Boolean(o.undated) })
        if (o.json) return io.out(`${JSON.stringify(entries, null, 1)}\n`)
        if (entries.length === 0) return io.out(`0 events: ${await whyEmpty(store.db, o.undated ? 'events' : 'dated events (--undated lists the others)', checked)}\n`)
        const names = await entityNames(store.db, entries.flatMap((e) => e.actors))
        const when = (w: (typeof entries)[number]['when']) => (!w ? '?' : w.start === w.end ? w.start : `${w.start}..${w.end}`)
        io.out(
          renderTable(
            entries,
            [
              { header: 'when', cell: (e) => when(e.when), max: 22 },
              { header: 'type', cell: (e) => e.type, max: 19 },
              { header: 'status', cell: (e) => e.status },
              { header: 'actors', cell: (e) => e.actors.map((a) => names.get(a)).join(', '), max: 34 },
              { header: 'docs', cell: (e) => String(e.documents), align: 'right' },
              { header: 'evidence', cell: (e) => byId.get(e.mentions[0].id)?.evidence ?? '' },
            ],
            terminalWidth(),
          ),
        )
      } finally {
        await store.close()
      }
    })
}
