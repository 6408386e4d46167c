import { dirname, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { IngestItem } from '../ingest/result.js'

/**
 * Name read files from the folder (or file) they were given as, never by
 * absolute path: `/home/ana/corpus/vietnam-china/a.txt` read from
 * `corpus/vietnam-china` is stored as `vietnam-china/a.txt`, so the store,
 * the API and the dashboard do not reveal the machine's layout. URLs and
 * other names pass unchanged; failures keep the full path (they are only
 * reported to whoever ran the ingest).
 */
export async function* relativeSources(items: AsyncIterable<IngestItem>, inputs: readonly string[]): AsyncGenerator<IngestItem> {
  const roots = inputs.flatMap((i) => (/^file:\/\//i.test(i) ? [fileURLToPath(i)] : /^[a-z][a-z0-9+.-]*:\/\//i.test(i) ? [] : [resolve(i)]))
  for await (const item of items) {
    if (!item.ok || !item.doc.source.startsWith(sep)) {
      yield item
      continue
    }
    const root = roots.find((r) => item.doc.source === r || item.doc.source.startsWith(r + sep))
    yield root ? { ...item, doc: { ...item.doc, source: relative(dirname(root), item.doc.source).split(sep).join('/') } } : item
  }
}
