import { api } from '../api/client.js'
import { docSummaryView } from '../api/views.js'
import type { DocSummary } from '../api/types.js'
import { Empty, Status } from '../components/status.js'
import { docLabel, formatPublished } from '../lib/format.js'
import { href } from '../lib/router.js'
import { useData } from '../lib/use-data.js'

/** The processed documents, newest first, each opening in the reader. */
export function Documents({ pair }: { pair: string }) {
  const state = useData(async () => (await api('/api/documents', { query: { pair, limit: 500 } })).items.map((d): DocSummary => docSummaryView(d)), [pair])
  return (
    <>
      <div class="page-head">
        <h1>Documents</h1>
        <p class="lede">Articles read so far. Open one to see every extracted record highlighted in its text.</p>
      </div>
      <Status state={state}>
        {(docs) => docs.length ? (
          <div class="table-wrap">
            <table class="data">
              <caption class="sr-only">Documents</caption>
              <thead><tr><th scope="col">Published</th><th scope="col">Document</th><th scope="col">Outlet</th><th scope="col" class="num">Events</th><th scope="col" class="num">Figures</th></tr></thead>
              <tbody>
                {[...docs].sort((a, b) => (b.published?.start ?? '').localeCompare(a.published?.start ?? '')).map((d) => (
                  <tr key={d.id}>
                    <td class="nowrap">{d.published ? formatPublished(d.published) : '—'}</td>
                    <td><a href={href('documents', d.id, { pair })}>{docLabel(d)}</a></td>
                    <td>{d.outlet ?? <span class="muted">not named</span>}</td>
                    <td class="num">{d.counts.events ?? '—'}</td>
                    <td class="num">{d.counts.indicators ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : <Empty>No documents yet. Ingest some with <code>dyad ingest</code>.</Empty>}
      </Status>
    </>
  )
}
