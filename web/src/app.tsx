import { useEffect } from 'preact/hooks'
import { api } from './api/client.js'
import { pairCode, pairView } from './api/views.js'
import { pairParts } from '../../src/shared/pair-text.js'
import type { Pair } from './api/types.js'
import { Layout } from './components/layout.js'
import { useRoute } from './lib/router.js'
import { useData } from './lib/use-data.js'
import { DocumentPage } from './pages/document.js'
import { Documents } from './pages/documents.js'
import { Entities } from './pages/entities.js'
import { EntityPage } from './pages/entity.js'
import { EventPage } from './pages/event.js'
import { Events } from './pages/events.js'
import { Indicators } from './pages/indicators.js'
import { Overview } from './pages/overview.js'
import { Search } from './pages/search.js'

/** Hash routes: every view's state is in the URL, so links can be shared. */
export function App() {
  const route = useRoute()
  const pairs = useData<Pair[]>(async () => {
    const s = await api('/api/stats')
    return s.pairs.map((p): Pair => pairView(p))
  }, [])
  const all = pairs.data ?? []
  const asked = route.params.get('pair')
  // the URL may say VN,CN, vn-cn or Vietnam,China where the server says CN,VN: the same pair, read as the API reads it
  const parts = asked ? pairParts(asked) : []
  const known = asked ? all.find((p) => samePair(p, parts)) : all[0]
  // pages get ISO codes in the order asked (the heading says Vietnam – China for VN,CN)
  const pair = !asked ? (known?.code ?? '') : parts.every((x) => /^[A-Za-z]{2}$/.test(x)) ? parts.join(',').toUpperCase() : (known?.code ?? asked)
  const pairLabel = known?.label ?? pair.replace(',', ' – ')
  const [section = '', id] = route.parts

  useEffect(() => {
    const names: Record<string, string> = { '': 'Overview', events: 'Events', clusters: 'Event', indicators: 'Indicators', entities: 'Entities', documents: 'Documents', search: 'Search' }
    document.title = `${id ? `${names[section] ?? ''} · ` : ''}${names[section] ?? 'Not found'}${pairLabel ? ` · ${pairLabel}` : ''} · Dyad`
    window.scrollTo(0, 0)
  }, [section, id, pairLabel])

  let page
  if (section === '') page = <Overview pair={pair} pairLabel={pairLabel} />
  else if (section === 'events' && id) page = <EventPage id={id} pair={pair} />
  else if (section === 'clusters' && id) page = <EventPage id={id} pair={pair} cluster />
  else if (section === 'events') page = <Events pair={pair} params={route.params} />
  else if (section === 'indicators') page = <Indicators pair={pair} params={route.params} />
  else if (section === 'entities' && id) page = <EntityPage id={id} pair={pair} />
  else if (section === 'entities') page = <Entities pair={pair} />
  else if (section === 'documents' && id) page = <DocumentPage id={id} pair={pair} params={route.params} />
  else if (section === 'documents') page = <Documents pair={pair} />
  else if (section === 'search') page = <Search pair={pair} q={route.params.get('q') ?? ''} />
  else page = <div class="page-head"><h1>Not found</h1><p class="lede">There is no page at this address.</p></div>

  return (
    <Layout section={section === 'clusters' ? 'events' : section} pair={pair} pairValue={known?.code ?? ''} pairs={all} query={route.params.get('q') ?? ''}>
      {page}
    </Layout>
  )
}

/** A pair of the store named by two codes or two country names, in either order. */
function samePair(p: Pair, parts: string[]): boolean {
  if (parts.length !== 2) return false
  if (pairCode(p.code.split(',')) === pairCode(parts)) return true
  const names = p.label.split(' – ').map((n) => n.toLowerCase()).sort()
  return names.join('|') === parts.map((n) => n.toLowerCase()).sort().join('|')
}
