import { Command } from 'commander'
import type { CliIo } from '../io.js'
import { dbOption, positiveInt } from '../options.js'
import { renderTable, terminalWidth } from '../table.js'

/** `dyad documents`: the stored documents, each with its title, outlet and date. */
export function documentsCommand(io: CliIo): Command {
  return new Command('documents')
    .description('list stored documents, most recently published first (as /api/documents): id, publication date, title and source')
    .addOption(dbOption())
    .option('--pair <pair>', 'country pair, e.g. VN,CN')
    .option('--limit <n>', 'at most this many rows', positiveInt, 200)
    .option('--json', 'print JSON (the items of /api/documents) instead of a table')
    .action(async (o: { db?: string; pair?: string; limit: number; json?: boolean }) => {
      const { pair } = await import('../../app/params.js')
      const { listDocuments } = await import('../../app/read/documents.js')
      const { formatPublished } = await import('../../shared/when-text.js')
      const { documentLabel } = await import('../../shared/document-label.js')
      const { checkOptions, openForReading, whyEmpty } = await import('../read.js')
      const checked = checkOptions({ pair: pair.optional() }, { ...o })
      const store = await openForReading(o.db)
      try {
        const { items: docs } = await listDocuments(store.db, checked.pair ? { pair: checked.pair } : {}, o.limit, 0)
        if (o.json) return io.out(`${JSON.stringify(docs, null, 1)}\n`)
        io.out(
          renderTable(
            docs,
            [
              { header: 'id', cell: (d) => d.id, max: 18 },
              { header: 'published', cell: (d) => formatPublished(d.published), max: 34 },
              { header: 'title', cell: (d) => documentLabel(d), max: 70 },
              { header: 'source', cell: (d) => d.url ?? d.source },
            ],
            terminalWidth(),
          ),
        )
        io.out(`${docs.length} document${docs.length === 1 ? '' : 's'}${docs.length === 0 ? `: ${await whyEmpty(store, 'documents', checked.pair)}` : ''}\n`)
      } finally {
        await store.close()
      }
    })
}
