import { getJson, query } from '../api/client.js'
import { docSummary, entity, event, indicator, isObj, list } from '../api/normalize.js'
import type { DocSummary, EntitySummary, EventRec, IndicatorRec } from '../api/types.js'
import { EventTable, evidenceHref } from '../components/event-table.js'
import { Empty, Status } from '../components/status.js'
import { docLabel, formatFigure, formatPeriod, humanize } from '../lib/format.js'
import { href } from '../lib/router.js'
import { useData } from '../lib/use-data.js'

interface Hits {
  events: EventRec[]
  entities: EntitySummary[]
  indicators: IndicatorRec[]
  documents: DocSummary[]
}

const ok = <T,>(x: T | null): x is T => x !== null

/** Search results by kind; accepts `{events, entities, ...}` or a flat list of `{kind, ...}`. */
export function Search({ pair, q }: { pair: string; q: string }) {
  const state = useData<Hits>(async (names) => {
    if (!q.trim()) return { events: [], entities: [], indicators: [], documents: [] }
    const x = await getJson(`search${query({ q, pair })}`)
    const flat = list(x, 'hits')
    const of = (kind: string, plural: string) => [...(isObj(x) ? list(x[plural]) : []), ...flat.filter((h) => isObj(h) && (h.kind === kind || h.type === kind)).map((h) => (isObj(h) && isObj(h.record) ? h.record : h))]
    return {
      events: of('event', 'events').map((e) => event(e, names)).filter(ok),
      entities: of('entity', 'entities').map(entity).filter(ok),
      indicators: of('indicator', 'indicators').map((i) => indicator(i, names)).filter(ok),
      documents: of('document', 'documents').map(docSummary).filter(ok),
    }
  }, [q, pair])
  return (
    <>
      <div class="page-head">
        <h1>Search</h1>
        <p class="lede">{q ? <>Results for <strong>“{q}”</strong></> : 'Type words in the search box above.'}</p>
      </div>
      <Status state={state}>
        {(h) => {
          const total = h.events.length + h.entities.length + h.indicators.length + h.documents.length
          if (q && !total) return <Empty>Nothing matches.</Empty>
          return (
            <>
              {h.entities.length > 0 && <section><h2>Entities ({h.entities.length})</h2><ul class="entity-list">{h.entities.map((e) => <li key={e.id}><a href={href('entities', e.id, { pair })}>{e.name}</a> <span class="muted small">{humanize(e.type)}</span></li>)}</ul></section>}
              {h.events.length > 0 && <section><h2>Events ({h.events.length})</h2><EventTable events={h.events} pair={pair} caption="Matching events" /></section>}
              {h.indicators.length > 0 && <section><h2>Figures ({h.indicators.length})</h2><ul class="plain">{h.indicators.map((r) => <li key={r.id}>{humanize(r.indicator)}: <strong>{formatFigure(r)}</strong> ({formatPeriod(r.period)}) · <a href={evidenceHref(r.doc, r.id, r.span, pair)}>source sentence</a></li>)}</ul></section>}
              {h.documents.length > 0 && <section><h2>Documents ({h.documents.length})</h2><ul class="plain">{h.documents.map((d) => <li key={d.id}><a href={href('documents', d.id, { pair })}>{docLabel(d)}</a></li>)}</ul></section>}
            </>
          )
        }}
      </Status>
    </>
  )
}
