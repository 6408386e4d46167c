import { useState } from 'preact/hooks'
import { api } from '../api/client.js'
import { entityView, eventView } from '../api/views.js'
import type { EntitySummary, EventRec } from '../api/types.js'
import { EventTable } from '../components/event-table.js'
import { QuadLegend } from '../components/quad.js'
import { Empty, Status } from '../components/status.js'
import { byWhenDesc, filterEvents, FILTER_KEYS, type EventFilter } from '../lib/filter-events.js'
import { humanize } from '../lib/format.js'
import { EVENT_COLORS } from '../lib/palette.js'
import { href, navigate } from '../lib/router.js'
import { useData } from '../lib/use-data.js'

interface Data {
  events: EventRec[]
  actors: EntitySummary[]
  /** How many match on the server (the page reads at most 500). */
  total: number | null
}

/** Events list with filters kept in the URL (type, actor, status, side, from, to, q). */
export function Events({ pair, params }: { pair: string; params: URLSearchParams }) {
  const f: EventFilter = { type: '', actor: '', status: '', from: '', to: '', q: '', side: '' }
  for (const k of FILTER_KEYS) f[k] = params.get(k) ?? ''
  const [text, setText] = useState(f.q)
  const set = (patch: Partial<EventFilter>) => navigate(href('events', { pair, ...f, ...patch }), true)

  const state = useData<Data>(async () => {
    const [ev, ents] = await Promise.all([api('/api/events', { query: { pair, ...f, side: (f.side || undefined) as 'cooperation' | 'conflict' | undefined, limit: 500 } }), api('/api/entities', { query: { limit: 500, pair: pair || undefined } })])
    const events = ev.items.map(eventView)
    const actors = ents.items.filter((e) => ['country', 'person', 'organization', 'party', 'mechanism'].includes(e.type)).map((e): EntitySummary => entityView(e))
    return { events, actors, total: ev.total }
  }, [pair, f.type, f.actor, f.status, f.from, f.to, f.q, f.side])

  const active = FILTER_KEYS.some((k) => f[k])
  return (
    <>
      <div class="page-head">
        <h1>Events</h1>
        <p class="lede">Every event mention, newest first. Filters are part of the link, so a filtered view can be shared.</p>
      </div>
      <form class="filters" aria-label="Filter events" onSubmit={(e) => { e.preventDefault(); set({ q: text }) }}>
        <label>
          <span>Type</span>
          <select name="type" value={f.type} onChange={(e) => set({ type: (e.target as HTMLSelectElement).value })}>
            <option value="">Any type</option>
            {Object.keys(EVENT_COLORS).map((t) => <option key={t} value={t}>{humanize(t)}</option>)}
          </select>
        </label>
        <label>
          <span>Actor</span>
          <select name="actor" value={f.actor} onChange={(e) => set({ actor: (e.target as HTMLSelectElement).value })}>
            <option value="">Any actor</option>
            {(state.data?.actors ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            {f.actor && !state.data?.actors.some((a) => a.id === f.actor) && <option value={f.actor}>{f.actor}</option>}
          </select>
        </label>
        <label>
          <span>Status</span>
          <select name="status" value={f.status} onChange={(e) => set({ status: (e.target as HTMLSelectElement).value })}>
            <option value="">Any status</option>
            <option value="occurred">Occurred</option>
            <option value="planned">Planned</option>
          </select>
        </label>
        <label>
          <span>Side</span>
          <select name="side" value={f.side} onChange={(e) => set({ side: (e.target as HTMLSelectElement).value })}>
            <option value="">Cooperation and conflict</option>
            <option value="cooperation">Cooperation</option>
            <option value="conflict">Conflict</option>
          </select>
        </label>
        <label>
          <span>From</span>
          <input type="date" name="from" value={f.from} onChange={(e) => set({ from: (e.target as HTMLInputElement).value })} />
        </label>
        <label>
          <span>To</span>
          <input type="date" name="to" value={f.to} onChange={(e) => set({ to: (e.target as HTMLInputElement).value })} />
        </label>
        <label class="grow">
          <span>Text</span>
          <input type="search" name="q" value={text} placeholder="Words in the evidence or names" onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        </label>
        <div class="filter-actions">
          <button type="submit">Apply</button>
          {active && <a class="button-link" href={href('events', { pair })} onClick={() => setText('')}>Clear</a>}
        </div>
      </form>
      <Status state={state}>
        {({ events, total }) => {
          const shown = filterEvents(events, f).sort(byWhenDesc)
          return (
            <section aria-label="Results">
              <QuadLegend />
              <p class="result-count" role="status">{shown.length} event mention{shown.length === 1 ? '' : 's'}{active ? ' match the filters' : ''}{total !== null && total > events.length ? ` (the first ${events.length} of ${total}; narrow the filters to see the rest)` : ''}</p>
              {shown.length ? <EventTable events={shown} pair={pair} caption="Events" /> : <Empty>No events match these filters.</Empty>}
            </section>
          )
        }}
      </Status>
    </>
  )
}
