import type { Answer } from '../api/client.js'
import { docLabel, formatPublished } from '../lib/format.js'
import { href } from '../lib/router.js'
import { evidenceHref } from './event-table.js'

/** GET /api/summary, as the API's schema gives it (src/app/relationship writes it). */
export type RelationshipSummary = Answer<'/api/summary'>

type Source = RelationshipSummary['sources'][number]

/** "Title — Outlet, 10 Dec 2023": what a citation shows of a document. */
export function sourceLabel(d: Source): string {
  return `${docLabel(d)} — ${d.outlet ?? 'outlet not named'}, ${formatPublished(d.published)}`
}

function Cites({ docs, sources, pair }: { docs: string[]; sources: Source[]; pair: string }) {
  return (
    <>
      {/* in the order of the sources list, each once */}
      {[...new Set(docs.map((id) => sources.findIndex((s) => s.id === id)).filter((i) => i >= 0))].sort((a, b) => a - b).map((i) => {
        const d = sources[i]!
        return <a key={d.id} class="cite" href={href('documents', d.id, { pair })} title={sourceLabel(d)}>[{i + 1}]</a>
      })}
    </>
  )
}

/** Where the relationship stands: the written summary with numbered sources. */
export function SummaryText({ s, pair }: { s: RelationshipSummary; pair: string }) {
  return (
    <div class="rel-summary">
      {s.statements.map((st, i) => (
        <p key={i} class={`st-${st.topic}`}>{st.text} <Cites docs={st.docs} sources={s.sources} pair={pair} /></p>
      ))}
      <ol class="sources small">
        {s.sources.map((d) => <li key={d.id}><a href={href('documents', d.id, { pair })}>{sourceLabel(d)}</a></li>)}
      </ol>
    </div>
  )
}

const TREND = { up: '▲', down: '▼', unchanged: '=' } as const

/** National headline figures written as sentences, each with its source and evidence. */
export function HeadlineSentences({ s, pair }: { s: RelationshipSummary; pair: string }) {
  return (
    <ul class="headline-sentences">
      {s.headline.map((h) => (
        <li key={h.id}>
          {h.trend && <span class={`trend ${h.trend}`} aria-label={`trend ${h.trend}`}>{TREND[h.trend]}</span>} {h.sentence}{' '}
          <Cites docs={[h.doc]} sources={s.sources} pair={pair} /> <a class="small" href={evidenceHref(h.doc, h.id, null, pair)}>Evidence</a>
        </li>
      ))}
    </ul>
  )
}
