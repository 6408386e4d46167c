import { api } from '../api/client.js'
import { clusterView, eventView, type ApiEvent } from '../api/views.js'
import type { EventRec, Ref } from '../api/types.js'
import { StatusBadge, TypeBadge } from '../components/badges.js'
import { evidenceHref } from '../components/event-table.js'
import { Status } from '../components/status.js'
import { docLabel, formatPublished, formatWhen, humanize } from '../lib/format.js'
import { href } from '../lib/router.js'
import { useData } from '../lib/use-data.js'

interface Mention extends EventRec {
  evidence: string | null
  docName: string
}

interface Data {
  event: EventRec
  mentions: Mention[]
}

const EntityLink = ({ r, pair }: { r: Ref; pair: string }) => <a href={href('entities', r.id, { pair })}>{r.name}</a>

/** A mention as the page lists it: its evidence and its document cited as everywhere (title, outlet, publication date). */
function mentionView(m: ApiEvent): Mention {
  const d = m.document
  return { ...eventView(m), evidence: m.evidence, docName: `${docLabel(d)} — ${d.outlet ?? 'outlet not named'}, ${formatPublished(d.published)}` }
}

/** One event: what, who, when, codes; then every mention of it across documents. */
export function EventPage({ id, pair, cluster = false }: { id: string; pair: string; cluster?: boolean }) {
  const state = useData<Data>(async () => {
    // a timeline mark is a real event (a cluster); a table row is one mention
    if (cluster) {
      const x = await api('/api/clusters/{id}', { id })
      return { event: clusterView(x.cluster), mentions: x.mentions.map(mentionView) }
    }
    const x = await api('/api/events/{id}', { id })
    return { event: eventView(x.event), mentions: x.mentions.map(mentionView) }
  }, [id, cluster])

  return (
    <Status state={state}>
      {({ event: e, mentions }) => (
        <>
          <nav class="crumbs" aria-label="Breadcrumb"><a href={href('events', { pair })}>Events</a> / <span>{humanize(e.type)}</span></nav>
          <div class="page-head">
            <h1><TypeBadge type={e.type} /> <span class="h-when">{formatWhen(e.when)}</span> <StatusBadge status={e.status} /></h1>
            <p class="lede">{e.actors.map((a) => a.name).join(', ') || 'Actors not identified'}</p>
          </div>
          <dl class="facts">
            <div><dt>Actors</dt><dd>{e.actors.length ? e.actors.map((a, i) => <>{i > 0 && ', '}<EntityLink r={a} pair={pair} /></>) : '—'}</dd></div>
            <div><dt>Host</dt><dd>{e.host ? <EntityLink r={e.host} pair={pair} /> : '—'}</dd></div>
            <div><dt>Place</dt><dd>{e.place ? <EntityLink r={e.place} pair={pair} /> : '—'}</dd></div>
            <div><dt>When</dt><dd>{formatWhen(e.when)}{e.when && e.when.start !== e.when.end ? ` (${e.when.start} to ${e.when.end})` : ''}</dd></div>
            <div><dt>Status</dt><dd>{e.status}</dd></div>
            {e.count !== null && <div><dt>Count</dt><dd>{e.count}</dd></div>}
            <div><dt>CAMEO / PLOVER</dt><dd><code>{e.cameo ?? '—'}</code> / <code>{e.plover ?? '—'}</code></dd></div>
          </dl>
          <section aria-labelledby="h-mentions">
            <h2 id="h-mentions">Mentions across documents ({mentions.length})</h2>
            <p class="muted small">Each article that reports this event, with the words it uses. Times can differ in precision between articles.</p>
            <ol class="mentions">
              {mentions.map((m) => (
                <li key={m.id} class={m.id === e.id ? 'mention current' : 'mention'}>
                  <div class="mention-head">
                    <span class="mention-doc">{m.docName}</span>
                    <span class="muted">{formatWhen(m.when)}{m.status === 'planned' ? ' · planned' : ''}</span>
                  </div>
                  <blockquote>{m.evidence ?? <span class="muted">Evidence text unavailable</span>}</blockquote>
                  <a class="mention-link" href={evidenceHref(m.doc, m.id, m.span, pair)}>Open in document reader</a>
                </li>
              ))}
            </ol>
          </section>
        </>
      )}
    </Status>
  )
}
