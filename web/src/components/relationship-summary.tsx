import { day } from '../lib/format.js'
import { href } from '../lib/router.js'
import { evidenceHref } from './event-table.js'

/** GET /api/summary, as the overview reads it (src/app/relationship writes it). */
export interface RelationshipSummary {
  statements: { topic: string; text: string; docs: string[] }[]
  headline: { id: string; doc: string; sentence: string; trend: 'up' | 'down' | 'unchanged' | null }[]
  tallies: { id: string; text: string; doc: string }[]
  focus: { from: string; to: string } | null
  sources: { id: string; title: string | null; outlet: string | null; source: string; published: { start: string; end: string; basis: string } | null }[]
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/** The summary, or null when the server has none for the pair (an older server, or no data). */
export function readSummary(x: unknown): RelationshipSummary | null {
  if (!isObj(x) || !Array.isArray(x.statements)) return null
  const arr = (v: unknown) => (Array.isArray(v) ? v.filter(isObj) : [])
  return {
    statements: arr(x.statements).map((s) => ({ topic: String(s.topic ?? ''), text: String(s.text ?? ''), docs: Array.isArray(s.docs) ? s.docs.map(String) : [] })),
    headline: arr(x.headline).map((h) => ({ id: String(h.id), doc: String(h.doc), sentence: String(h.sentence ?? ''), trend: h.trend === 'up' || h.trend === 'down' || h.trend === 'unchanged' ? h.trend : null })),
    tallies: arr(x.tallies).map((t) => ({ id: String(t.id), text: String(t.text ?? ''), doc: String(t.doc ?? '') })),
    focus: isObj(x.focus) && typeof x.focus.from === 'string' && typeof x.focus.to === 'string' ? { from: x.focus.from, to: x.focus.to } : null,
    sources: arr(x.sources).map((d) => ({
      id: String(d.id),
      title: typeof d.title === 'string' ? d.title : null,
      outlet: typeof d.outlet === 'string' ? d.outlet : null,
      source: String(d.source ?? ''),
      published: isObj(d.published) ? { start: String(d.published.start), end: String(d.published.end), basis: String(d.published.basis ?? '') } : null,
    })),
  }
}

type Source = RelationshipSummary['sources'][number]

/** "Title — Outlet, 10 Dec 2023": what a citation shows of a document. */
export function sourceLabel(d: Source): string {
  const title = d.title ?? d.source.split('/').pop() ?? d.id
  const pub = d.published ? (d.published.start === d.published.end ? day(d.published.start) : `${day(d.published.start)} – ${day(d.published.end)} (inferred)`) : 'date unknown'
  return `${title} — ${d.outlet ?? 'outlet not named'}, ${pub}`
}

function Cites({ docs, sources, pair }: { docs: string[]; sources: Source[]; pair: string }) {
  return (
    <>
      {docs.map((id) => {
        const i = sources.findIndex((s) => s.id === id)
        const d = sources[i]
        return d ? <a key={id} class="cite" href={href('documents', id, { pair })} title={sourceLabel(d)}>[{i + 1}]</a> : null
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
