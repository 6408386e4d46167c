import { Command } from 'commander'
import { ENTITY_TYPES } from '../../model/types.js'
import type { CliIo } from '../io.js'
import { dbOption, positiveInt } from '../options.js'
import { renderTable, terminalWidth } from '../table.js'

/** `dyad entities`: the resolved entities (one per real person, country, organization...). */
export function entitiesCommand(io: CliIo): Command {
  return new Command('entities')
    .description('list entities (countries, people, organizations, places) with their other names and roles')
    .addOption(dbOption())
    .option('--type <type>', ENTITY_TYPES.join(', '))
    .option('--q <name>', 'names starting with this')
    .option('--limit <n>', 'at most this many rows', positiveInt, 200)
    .option('--json', 'print JSON instead of a table')
    .action(async (o: { db?: string; type?: string; q?: string; limit: number; json?: boolean }) => {
      const { entityType, text } = await import('../../app/params.js')
      const { listEntities } = await import('../../app/query/index.js')
      const { checkOptions, openForReading } = await import('../read.js')
      const { roleKey, roleTitle } = await import('../../shared/role-title.js')
      const checked = checkOptions({ type: entityType.optional(), q: text('q').optional() }, { ...o })
      const store = await openForReading(o.db)
      try {
        const entities = await listEntities(store.db, { ...checked, limit: o.limit })
        if (o.json) return io.out(`${JSON.stringify(entities, null, 1)}\n`)
        io.out(
          renderTable(
            entities,
            [
              { header: 'name', cell: (e) => e.name, max: 40 },
              { header: 'type', cell: (e) => e.type, max: 12 },
              { header: 'country', cell: (e) => e.country ?? '', max: 7 },
              { header: 'roles', cell: (e) => [...new Map(e.roles.map((r) => [roleKey(r.title), roleTitle(r.title)])).values()].join('; '), max: 50 },
              { header: 'also called', cell: (e) => e.aliases.join('; ') },
            ],
            terminalWidth(),
          ),
        )
        const filtered = o.type || o.q ? ' match these filters' : ' in the store (dyad ingest adds documents)'
        io.out(`${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}${entities.length === 0 ? filtered : ''}\n`)
      } finally {
        await store.close()
      }
    })
}
