import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { dbOption, listingOptions } from '../options.js'
import { eventColumns, renderTable, terminalWidth } from '../table.js'

interface EventsOptions {
  db?: string
  pair?: string
  actor?: string
  type?: string
  status?: string
  from?: string
  to?: string
  limit: number
  json?: boolean
}

/** `dyad events`: the stored events as a table, filtered. */
export function eventsCommand(io: CliIo): Command {
  const command = new Command('events')
    .description('list stored events (time order), filtered by pair, actor, type, status and time')
    .addOption(dbOption())
    .option('--pair <pair>', 'country pair, e.g. VN,CN')
    .option('--actor <name>', 'entity key or any name of a participant')
    .option('--type <type>', 'event type (visit, talks, meeting, phone_call, summit, agreement, ...)')
    .option('--status <status>', 'occurred or planned')
  return listingOptions(command, 'events').action(async (o: EventsOptions) => {
    const { eventFilters } = await import('../../app/params.js')
    const { entityNames, listEvents } = await import('../../app/query/index.js')
    const { checkOptions, openForReading, whyEmpty } = await import('../read.js')
    const filter = checkOptions(eventFilters, { ...o })
    const store = await openForReading(o.db)
    try {
      const events = await listEvents(store.db, { ...filter, pair: filter.pair, limit: o.limit })
      if (o.json) return io.out(`${JSON.stringify(events, null, 1)}\n`)
      const names = await entityNames(
        store.db,
        events.flatMap((e) => [...e.actors, ...(e.host ? [e.host] : [])]),
      )
      io.out(
        renderTable(
          events,
          [
            ...eventColumns<(typeof events)[number]>(),
            { header: 'actors', cell: (e) => e.actors.map((a) => names.get(a)).join(', '), max: 34 },
            { header: 'host', cell: (e) => (e.host ? names.get(e.host)! : ''), max: 16 },
            { header: 'evidence', cell: (e) => e.evidence },
          ],
          terminalWidth(),
        ),
      )
      io.out(`${events.length} event${events.length === 1 ? '' : 's'}${events.length === 0 ? `: ${await whyEmpty(store, 'events', filter.pair)}` : ''}\n`)
    } finally {
      await store.close()
    }
  })
}
