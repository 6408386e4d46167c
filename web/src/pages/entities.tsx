import { useState } from 'preact/hooks'
import { api } from '../api/client.js'
import { entityView } from '../api/views.js'
import type { EntitySummary } from '../api/types.js'
import { Empty, Status } from '../components/status.js'
import { humanize } from '../lib/format.js'
import { href } from '../lib/router.js'
import { useData } from '../lib/use-data.js'

const ORDER = ['country', 'person', 'party', 'organization', 'mechanism', 'initiative', 'place']

/** Every resolved entity, grouped by type, filterable by name or alias. */
export function Entities({ pair }: { pair: string }) {
  const [q, setQ] = useState('')
  const state = useData(async () => (await api('/api/entities', { query: { limit: 500, pair: pair || undefined } })).items.map((e): EntitySummary => entityView(e)), [pair])
  return (
    <>
      <div class="page-head">
        <h1>Entities</h1>
        <p class="lede">Actors and places named in this pair's documents, one per real entity across documents, with the names they go by.</p>
      </div>
      <div class="filters compact">
        <label class="grow">
          <span>Find</span>
          <input type="search" value={q} placeholder="Name or alias" onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
        </label>
      </div>
      <Status state={state}>
        {(all) => {
          const needle = q.trim().toLowerCase()
          const shown = needle ? all.filter((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle))) : all
          const types = [...new Set(shown.map((e) => e.type))].sort((a, b) => rank(a) - rank(b))
          if (!shown.length) return <Empty>No entities{needle ? ' match' : ' yet'}.</Empty>
          return (
            <div class="entity-groups">
              {types.map((t) => (
                <section key={t} aria-labelledby={`h-t-${t}`}>
                  <h2 id={`h-t-${t}`}>{humanize(t)} <span class="muted">({shown.filter((e) => e.type === t).length})</span></h2>
                  <ul class="entity-list">
                    {shown.filter((e) => e.type === t).sort((a, b) => a.name.localeCompare(b.name)).map((e) => (
                      <li key={e.id}>
                        <a href={href('entities', e.id, { pair })}>{e.name}</a>
                        {e.roles[0] && <span class="muted small"> · {e.roles[0].title}</span>}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )
        }}
      </Status>
    </>
  )
}

const rank = (t: string) => (ORDER.indexOf(t) < 0 ? 99 : ORDER.indexOf(t))
