import { api } from '../api/client.js'
import { Empty, Status } from '../components/status.js'
import { docLabel, humanize } from '../lib/format.js'
import { href } from '../lib/router.js'
import { useData } from '../lib/use-data.js'

interface Hit {
  kind: string
  doc: string
  record: string
  snippet: string
  docName: string
}

/** Where a hit leads: the event page for events, the reader (record focused) otherwise. */
function hitHref(h: Hit, pair: string): string {
  if (h.kind === 'event') return href('events', h.record, { pair })
  if (h.kind === 'entity') return href('entities', h.record, { pair })
  if (h.kind === 'document' || h.record === h.doc) return href('documents', h.doc, { pair })
  return href('documents', h.doc, { focus: h.record, pair })
}

/** `[matched]` words in a snippet -> <mark>. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(\[[^\]]*\])/)
  return <>{parts.map((p, i) => (p.startsWith('[') && p.endsWith(']') ? <mark key={i}>{p.slice(1, -1)}</mark> : p))}</>
}

/** Full-text search over documents and record evidence. */
export function Search({ pair, q }: { pair: string; q: string }) {
  const state = useData<Hit[]>(async () => {
    if (!q.trim()) return []
    const x = await api('/api/search', { query: { q: q.trim(), limit: 100 } })
    return x.hits.map((h) => ({ kind: h.kind, doc: h.doc, record: h.record, snippet: h.snippet, docName: docLabel(h.document) }))
  }, [q])
  return (
    <>
      <div class="page-head">
        <h1>Search</h1>
        <p class="lede">{q ? <>Results for <strong>“{q}”</strong> in document texts and record evidence</> : 'Type words in the search box above.'}</p>
      </div>
      <Status state={state}>
        {(hits) => (q && !hits.length ? <Empty>Nothing matches.</Empty> : (
          <ol class="hits">
            {hits.map((h, i) => (
              <li key={`${h.record}-${i}`} class="hit">
                <div class="hit-head"><span class="badge">{humanize(h.kind)}</span> <a href={hitHref(h, pair)}>{h.docName}</a></div>
                <p class="snippet"><Snippet text={h.snippet} /></p>
              </li>
            ))}
          </ol>
        ))}
      </Status>
    </>
  )
}
