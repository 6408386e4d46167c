import { api } from '../api/client.js'
import { clusterView, pairCode, statsView } from '../api/views.js'
import type { EventRec, Stats } from '../api/types.js'
import { EventTable } from '../components/event-table.js'
import { FigureCard } from '../components/figure-card.js'
import { Empty, Status } from '../components/status.js'
import { Timeline } from '../components/timeline.js'
import { BalanceChart, type MonthBalance } from '../components/balance.js'
import { href } from '../lib/router.js'
import { docText } from '../api/evidence.js'
import { sentenceAround } from '../lib/sentence.js'
import type { IndicatorRec } from '../api/types.js'
import { useData } from '../lib/use-data.js'
import { HeadlineSentences, SummaryText, type RelationshipSummary } from '../components/relationship-summary.js'

const COUNT_LABELS: [string, string][] = [
  ['documents', 'Documents'],
  ['events', 'Event mentions'],
  ['clusters', 'Distinct events'],
  ['indicators', 'Figures'],
  ['entities', 'Entities'],
  ['conflicts', 'Conflicts between sources'],
  ['agreements', 'Sources agreeing'],
  ['changes_over_time', 'Changes over time'],
]

interface Data {
  stats: Stats
  timeline: EventRec[]
  /** The server read only part of the events for the timeline. */
  truncated: boolean
  /** Where the relationship stands (GET /api/summary); null for all pairs or an older server. */
  summary: RelationshipSummary | null
  /** Cooperative and conflictual events per month (GET /api/balance); null for all pairs or an older server. */
  balance: MonthBalance[] | null
}

/** The country-pair overview: counts, headline figures, timeline, latest events. */
export function Overview({ pair, pairLabel }: { pair: string; pairLabel: string }) {
  const state = useData<Data>(async () => {
    const [s, sum, t, bal] = await Promise.all([
      api('/api/stats'),
      // a pair with no data has no summary (404): the page says so through its counts
      pair ? api('/api/summary', { query: { pair } }).catch(() => null) : Promise.resolve(null),
      api('/api/timeline', { query: { pair, undated: 'true' } }),
      pair ? api('/api/balance', { query: { pair } }).catch(() => null) : Promise.resolve(null),
    ])
    const timeline: EventRec[] = t.items.map(clusterView)
    const all = statsView(s)
    // /stats covers the whole store: narrow it to the pair shown
    const code = pairCode(pair.split(','))
    const mine = <T extends { pair: string | null }>(r: T) => !code || !r.pair || r.pair === code
    const pairEntry = code ? s.pairs.find((p) => pairCode(p.pair) === code) : undefined
    const counts: Record<string, number> = pairEntry ? { documents: pairEntry.documents, events: pairEntry.events, indicators: pairEntry.indicators, clusters: timeline.length } : all.counts
    const headline = await Promise.all(all.headline.filter(mine).map(withSentence))
    return { stats: { ...all, counts, latest: all.latest.filter(mine), headline }, timeline, truncated: t.truncated, summary: sum, balance: bal?.months ?? null }
  }, [pair])

  return (
    <Status state={state}>
      {({ stats: s, timeline, truncated, summary, balance }) => (
        <>
          <div class="page-head">
            <h1>{pairLabel || 'All country pairs'}</h1>
            <p class="lede">Relationship overview from {s.counts.documents ?? 0} processed articles. Every figure and event links to the sentence it was read from.</p>
          </div>
          <ul class="counts" aria-label="Counts">
            {COUNT_LABELS.filter(([k]) => s.counts[k] !== undefined).map(([k, label]) => (
              <li key={k}>
                <span class="count-n">{s.counts[k]}</span>
                <span class="count-l">{label}</span>
              </li>
            ))}
          </ul>

          {summary && (
            <section aria-labelledby="h-summary">
              <div class="section-head"><h2 id="h-summary">Where the relationship stands</h2></div>
              <SummaryText s={summary} pair={pair} />
            </section>
          )}

          <section aria-labelledby="h-timeline">
            <div class="section-head">
              <h2 id="h-timeline">Timeline</h2>
              <span class="muted small">Scroll or drag to zoom · click a mark to open the event</span>
            </div>
            <Timeline events={timeline} pair={pair} focus={summary?.focus ?? null} hide={new Set(summary?.tallies.map((t) => t.id) ?? [])} />
            {summary && summary.tallies.length > 0 && <p class="small muted tallies">Counted over a span, not drawn: {summary.tallies.map((t) => t.text).join('; ')}.</p>}
            {truncated && <p class="notice small" role="note">The store holds more events than one timeline reads; use the Events page filters for the rest.</p>}
          </section>

          {balance && (
            <section aria-labelledby="h-balance">
              <div class="section-head">
                <h2 id="h-balance">Cooperation and conflict by month</h2>
                <span class="muted small">Events that occurred, by CAMEO quad class</span>
              </div>
              <BalanceChart months={balance} focus={summary?.focus ?? null} />
            </section>
          )}

          <section aria-labelledby="h-figures">
            <div class="section-head">
              <h2 id="h-figures">Headline figures</h2>
              <a href={href('indicators', { pair })}>All indicators →</a>
            </div>
            {summary ? (
              summary.headline.length ? <HeadlineSentences s={summary} pair={pair} /> : <Empty>No national figures extracted yet.</Empty>
            ) : s.headline.length ? (
              <div class="figure-grid">{s.headline.slice(0, 8).map((r) => <FigureCard key={r.id} r={r} pair={pair} />)}</div>
            ) : (
              <Empty>No figures extracted yet.</Empty>
            )}
          </section>

          <section aria-labelledby="h-latest">
            <div class="section-head">
              <h2 id="h-latest">Latest events</h2>
              <a href={href('events', { pair })}>All events →</a>
            </div>
            {s.latest.length ? <EventTable events={s.latest.slice(0, 12)} pair={pair} caption="Latest events" /> : <Empty>No events extracted yet.</Empty>}
          </section>
        </>
      )}
    </Status>
  )
}

/** A figure's span is the number; show the sentence that states it. */
async function withSentence(r: IndicatorRec): Promise<IndicatorRec> {
  if (!r.span || !r.doc) return r
  try {
    const { text } = await docText(r.doc)
    return { ...r, quote: sentenceAround(text, r.span.start, r.span.end) || r.quote }
  } catch {
    return r
  }
}
