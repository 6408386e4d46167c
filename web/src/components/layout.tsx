import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type { Pair } from '../api/types.js'
import { href, navigate } from '../lib/router.js'

const NAV = [
  { section: '', label: 'Overview' },
  { section: 'events', label: 'Events' },
  { section: 'indicators', label: 'Indicators' },
  { section: 'entities', label: 'Entities' },
  { section: 'documents', label: 'Documents' },
]

interface Props {
  section: string
  pair: string
  /** The option of `pairs` that `pair` names. */
  pairValue: string
  pairs: Pair[]
  query: string
  children: ComponentChildren
}

/** Header (brand, pair picker, search, navigation) and the main region. */
export function Layout({ section, pair, pairValue, pairs, query, children }: Props) {
  const [q, setQ] = useState(query)
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus() }}>Skip to content</a>
      <header class="top">
        <div class="top-row">
          <a class="brand" href={href({ pair })}>
            <span class="brand-mark" aria-hidden="true" />
            Dyad
          </a>
          {pairs.length > 0 && (
            <label class="pair-pick">
              <span class="sr-only">Country pair</span>
              <select
                value={pairValue}
                onChange={(e) => navigate(href(section, { pair: (e.target as HTMLSelectElement).value }))}
              >
                {pairs.length > 1 && <option value="">All pairs</option>}
                {pairs.map((p) => (
                  <option key={p.code} value={p.code}>{p.label}</option>
                ))}
              </select>
            </label>
          )}
          <form
            class="search"
            role="search"
            onSubmit={(e) => {
              e.preventDefault()
              navigate(href('search', { q, pair }))
            }}
          >
            <label class="sr-only" for="global-q">Search records</label>
            <input id="global-q" type="search" placeholder="Search events, actors, figures…" value={q} onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
            <button type="submit">Search</button>
          </form>
        </div>
        <nav aria-label="Sections">
          <ul>
            {NAV.map((n) => (
              <li key={n.section}>
                <a href={href(n.section, { pair })} aria-current={section === n.section ? 'page' : undefined}>{n.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
      <footer class="foot">Dyad · every record links to the sentence it was read from</footer>
    </>
  )
}
