import { getJson } from '../api/client.js'
import { evidenceText } from '../api/evidence.js'
import { docSummary, event, isObj, list } from '../api/normalize.js'
import type { EventRec, Ref } from '../api/types.js'
import { StatusBadge, TypeBadge } from '../components/badges.js'
import { evidenceHref } from '../components/event-table.js'
import { Status } from '../components/status.js'
import { day, docLabel, formatWhen, humanize } from '../lib/format.js'
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

async function withEvidence(e: EventRec): Promise<Mention> {
  const evidence = e.quote ?? (await evidenceText(e.doc, e.span))
  let docName = e.docTitle ? docLabel({ title: null, source: e.docTitle, id: e.doc }) : e.doc
  try {
    // cite the document as everywhere: title, outlet, publication date
    const d = docSummary(await getJson(`documents/${encodeURIComponent(e.doc)}`))
    if (d) {
      const pub = d.published ? (d.published.start === d.published.end ? day(d.published.start) : `${day(d.published.start)} – ${day(d.published.end)} (inferred)`) : 'date unknown'
      docName = `${docLabel(d)} — ${d.outlet ?? 'outlet not named'}, ${pub}`
    }
  } catch {
    // the document may be gone; the id is still shown
  }
  return { ...e, evidence, docName }
}

/** One event: what, who, when, codes; then every mention of it across documents. */
export function EventPage({ id, pair, cluster = false }: { id: string; pair: string; cluster?: boolean }) {
  const state = useData<Data>(async (names) => {
    // a timeline mark is a real event (a cluster); a table row is one mention
    const x = await getJson(`${cluster ? 'clusters' : 'events'}/${encodeURIComponent(id)}`)
    const ev = event(isObj(x) && !x.event && isObj(x.cluster) ? x.cluster : x, names)
    if (!ev) throw new Error('The server sent an event this page cannot read')
    const o = isObj(x) ? x : {}
    const group = isObj(o.cluster) ? o.cluster : {}
    const raw = list(o.mentions ?? group.mentions ?? o.cluster_mentions ?? o.clusterMentions ?? [])
    const others = raw.map((m) => event(m, names)).filter((m): m is EventRec => m !== null)
    const all = others.some((m) => m.id === ev.id) || (!ev.doc && others.length) ? others : [ev, ...others]
    const mentions = await Promise.all(all.map(withEvidence))
    return { event: ev, mentions }
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
