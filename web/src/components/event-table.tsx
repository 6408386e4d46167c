import type { EventRec } from '../api/types.js'
import { clipWords } from '../../../src/shared/clip.js'
import { formatWhen } from '../lib/format.js'
import { href } from '../lib/router.js'
import { StatusBadge, TypeBadge } from './badges.js'
import { QuadChip } from './quad.js'

/** Link to the document reader with one record (or span) focused. */
export function evidenceHref(doc: string, id: string, span: { start: number; end: number } | null, pair: string): string {
  return href('documents', doc, { focus: id, at: span ? `${span.start}-${span.end}` : null, pair })
}

/** The page of an event record: a real event (cluster) or one mention. */
export function eventHref(e: EventRec, pair: string): string {
  return href(e.isCluster ? 'clusters' : 'events', e.id, { pair })
}

export function actorsText(e: EventRec): string {
  return e.actors.map((a) => a.name).join(', ') || '—'
}

/**
 * The rows whose quote an earlier row already shows: one sentence often
 * states two events (a visit and the summit attended on it), and the second
 * row points up to the quote rather than printing it again.
 */
export function repeatedQuotes(events: readonly EventRec[]): Set<number> {
  const seen = new Set<string>()
  const repeated = new Set<number>()
  events.forEach((e, i) => {
    if (!e.quote) return
    const key = `${e.doc ?? ''}|${e.quote}`
    if (seen.has(key)) repeated.add(i)
    else seen.add(key)
  })
  return repeated
}

/** Events as a table: each row links to the event page and to its evidence. */
export function EventTable({ events, pair, caption }: { events: EventRec[]; pair: string; caption: string }) {
  const repeated = repeatedQuotes(events)
  return (
    <div class="table-wrap">
      <table class="data events-table">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Type</th>
            <th scope="col">Actors and evidence</th>
            <th scope="col">Where</th>
            <th scope="col"><span class="sr-only">Links</span></th>
          </tr>
        </thead>
        <tbody>
          {events.map((e, i) => (
            <tr key={e.id} class={[e.status === 'planned' ? 'is-planned' : '', e.quadClass ? `row-${e.quadClass}` : ''].filter(Boolean).join(' ') || undefined}>
              <td class="nowrap">{formatWhen(e.when)}</td>
              <td>
                <QuadChip quad={e.quadClass} weight={e.weight} /> <a href={eventHref(e, pair)}><TypeBadge type={e.type} /></a> <StatusBadge status={e.status} />
                {e.count !== null && e.count > 1 && <span class="badge">×{e.count}</span>}
                {e.mentions !== null && e.mentions > 1 && <span class="badge" title="Mentions of this event across documents">{e.mentions} reports</span>}
              </td>
              <td>
                {actorsText(e)}
                {e.quote && (repeated.has(i) ? <span class="row-quote muted">(the same sentence as above)</span> : <span class="row-quote">“{clip(e.quote, 180)}”</span>)}
              </td>
              <td>{[e.host?.name, e.place?.name].filter(Boolean).join(' · ') || '—'}</td>
              <td class="nowrap links">
                <a href={eventHref(e, pair)}>Details</a>
                {e.doc && <a href={evidenceHref(e.doc, e.id, e.span, pair)}>Evidence</a>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const clip = clipWords
