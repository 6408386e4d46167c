import { Command } from 'commander'
import { ENTITY_TYPES } from '../../model/types.js'
import type { CliIo } from '../io.js'
import { dbOption, positiveInt } from '../options.js'
import { renderTable, terminalWidth } from '../table.js'

/** `dyad entities`: the resolved entities (one per real person, country, organization...), as /api/entities lists them. */
export function entitiesCommand(io: CliIo): Command {
  return new Command('entities')
    .description('list entities (countries, people, organizations, places), most widely reported first, with their other names and roles')
    .addOption(dbOption())
    .option('--pair <pair>', 'only entities named in the documents of this country pair, e.g. VN,CN')
    .option('--type <type>', ENTITY_TYPES.join(', '))
    .option('--q <name>', 'part of any name or alias (case and diacritics ignored)')
    .option('--country <code>', 'only entities of this country (ISO 3166-1 alpha-2)')
    .option('--limit <n>', 'at most this many rows', positiveInt, 200)
    .option('--json', 'print JSON (the items of /api/entities) instead of a table')
    .action(async (o: { db?: string; pair?: string; type?: string; q?: string; country?: string; limit: number; json?: boolean }) => {
      const { entityFilters } = await import('../../app/params.js')
      const { listEntities, roleTitles } = await import('../../app/read/entities.js')
      const { checkOptions, openForReading, whyEmpty } = await import('../read.js')
      const { officeTitles } = await import('../../shared/role-title.js')
      const checked = checkOptions(entityFilters, { ...o })
      const store = await openForReading(o.db)
      try {
        const { items: entities } = await listEntities(store.db, checked, o.limit, 0)
        if (o.json) return io.out(`${JSON.stringify(entities, null, 1)}\n`)
        const emptyBecause = async () =>
          checked.pair
            ? `: ${await whyEmpty(store, 'entities', checked.pair)}`
            : o.type || o.q || o.country
              ? ' match these filters'
              : ' in the store (dyad ingest adds documents)'
        const roles = await roleTitles(
          store.db,
          entities.map((e) => e.id),
        )
        io.out(
          renderTable(
            entities,
            [
              { header: 'name', cell: (e) => e.name, max: 40 },
              { header: 'type', cell: (e) => e.type, max: 12 },
              { header: 'country', cell: (e) => e.country ?? '', max: 7 },
              { header: 'docs', cell: (e) => String(e.documents), align: 'right' },
              { header: 'roles', cell: (e) => [...officeTitles(roles.get(e.id) ?? [], 'shortest').values()].join('; '), max: 50 },
              { header: 'also called', cell: (e) => e.aliases.filter((a) => a !== e.name).join('; ') },
            ],
            terminalWidth(),
          ),
        )
        io.out(`${entities.length} entit${entities.length === 1 ? 'y' : 'ies'}${entities.length === 0 ? await emptyBecause() : ''}\n`)
      } finally {
        await store.close()
      }
    })
}
