import { api } from '../api/client.js'
import { entityView, eventView } from '../api/views.js'
import type { EntitySummary, EventRec } from '../api/types.js'
import { EventTable } from '../components/event-table.js'
import { Empty, Status } from '../components/status.js'
import { humanize } from '../lib/format.js'
import { roleRows } from '../lib/role-rows.js'
import { byWhenDesc } from '../lib/filter-events.js'
import { href } from '../lib/router.js'
import { useData } from '../lib/use-data.js'

interface Data {
  entity: EntitySummary
  events: EventRec[]
}

/** One entity: names, roles over time (with where each is stated), its events. */
export function EntityPage({ id, pair }: { id: string; pair: string }) {
  const state = useData<Data>(async () => {
    const x = await api('/api/entities/{id}', { id, query: { pair: pair || undefined } })
    const events: EventRec[] = x.events.map(eventView)
    return { entity: entityView(x.entity, x.roles), events: events.sort(byWhenDesc) }
  }, [id, pair])

  return (
    <Status state={state}>
      {({ entity: e, events }) => {
        const roles = roleRows(e.roles)
        return (
          <>
            <nav class="crumbs" aria-label="Breadcrumb"><a href={href('entities', { pair })}>Entities</a> / <span>{humanize(e.type)}</span></nav>
            <div class="page-head">
              <h1>{e.name}</h1>
              <p class="lede">{humanize(e.type)}{e.country ? ` · ${e.country}` : ''}{e.mentions ? ` · named in ${e.mentions} document${e.mentions === 1 ? '' : 's'}` : ''}</p>
            </div>
            <div class="two-col">
              <section class="panel" aria-labelledby="h-aliases">
                <h2 id="h-aliases">Also written as</h2>
                {e.aliases.length ? <ul class="aliases">{e.aliases.map((a) => <li key={a}>{a}</li>)}</ul> : <Empty>No other names.</Empty>}
              </section>
              <section class="panel" aria-labelledby="h-roles">
                <h2 id="h-roles">Roles over time</h2>
                {roles.length ? (
                  <ol class="roles">
                    {roles.map(({ role: r, when, count }, i) => (
                      <li key={i}>
                        <span class="role-when">{when}</span>
                        <span class="role-title">{r.title}{r.qualifier ? ` (${r.qualifier})` : ''}{r.org ? <> · <a href={href('entities', r.org, { pair })}>{r.orgName ?? r.org.replace(/^[a-z]+:/, '')}</a></> : ''}{count > 1 && <span class="muted small"> · stated {count} times</span>}</span>
                        {r.doc && r.span && <a class="small" href={href('documents', r.doc, { at: `${r.span.start}-${r.span.end}`, pair })}>where stated</a>}
                      </li>
                    ))}
                  </ol>
                ) : <Empty>No titles stated.</Empty>}
              </section>
            </div>
            <section aria-labelledby="h-ev">
              <h2 id="h-ev">Events{pair ? ' of this pair' : ''} ({events.length})</h2>
              {events.length ? <EventTable events={events} pair={pair} caption={`Events involving ${e.name}`} /> : <Empty>No events involve this entity.</Empty>}
            </section>
          </>
        )
      }}
    </Status>
  )
}
