import { api } from '../api/client.js'
import { conflictView, seriesView } from '../api/views.js'
import type { ConflictRec, IndicatorRec, Series } from '../api/types.js'
import { ConflictBadge } from '../components/badges.js'
import { evidenceHref } from '../components/event-table.js'
import { IndicatorChart, seriesName } from '../components/indicator-chart.js'
import { Empty, Status } from '../components/status.js'
import { formatFigure, formatPeriod, formatWhen, humanize, periodPhrase } from '../lib/format.js'
import { scopeSuffix } from '../../../src/shared/scope.js'
import { href } from '../lib/router.js'
import { useData } from '../lib/use-data.js'

interface Group {
  key: string
  indicator: string
  unit: string
  series: Series[]
}

interface Data {
  groups: Group[]
  conflicts: ConflictRec[]
  byId: Map<string, IndicatorRec>
}

/** One chart per indicator (and unit), conflicts marked and explained, every figure linked to its sentence. */
export function Indicators({ pair, params }: { pair: string; params: URLSearchParams }) {
  const focus = params.get('focus') ?? ''
  const state = useData<Data>(async () => {
    const [ind, conf] = await Promise.all([api('/api/indicators', { query: { pair } }), api('/api/conflicts', { query: { pair } })])
    const series = ind.series.map(seriesView)
    const inline = ind.conflicts.map(conflictView)
    const more = conf.items.map(conflictView)
    const seen = new Set<string>()
    const conflicts = [...inline, ...more].filter((c) => {
      const k = `${c.kind}|${[...c.indicators].sort().join(',')}|${[...c.events].sort().join(',')}`
      return seen.has(k) ? false : (seen.add(k), true)
    })
    const groups = new Map<string, Group>()
    const byId = new Map<string, IndicatorRec>()
    for (const s of series) {
      const key = `${s.indicator}|${s.unit}`
      let g = groups.get(key)
      if (!g) groups.set(key, (g = { key, indicator: s.indicator, unit: s.unit, series: [] }))
      g.series.push(s)
      for (const p of s.points) byId.set(p.id, p)
    }
    for (const c of conflicts) for (const r of c.records) if (!byId.has(r.id)) byId.set(r.id, r)
    return { groups: [...groups.values()].sort((a, b) => lead(a.indicator) - lead(b.indicator) || a.indicator.localeCompare(b.indicator) || a.unit.localeCompare(b.unit)), conflicts, byId }
  }, [pair])

  return (
    <>
      <div class="page-head">
        <h1>Indicators</h1>
        <p class="lede">Figures stated in the articles. Bars span the period a figure covers; dots are as-of values. Red marks figures that conflict with another source.</p>
      </div>
      <Status state={state}>
        {({ groups, conflicts, byId }) => {
          const real = conflicts.filter((c) => c.kind === 'conflict')
          const conflicted = new Set(real.flatMap((c) => c.indicators))
          return (
            <>
              {groups.length > 1 && (
                <nav class="toc" aria-label="Indicators on this page">
                  {groups.map((g) => <a key={g.key} href={`#ind-${slug(g.key)}`} onClick={(e) => { e.preventDefault(); document.getElementById(`ind-${slug(g.key)}`)?.scrollIntoView() }}>{humanize(g.indicator)}{groups.filter((x) => x.indicator === g.indicator).length > 1 ? ` (${g.unit})` : ''}</a>)}
                </nav>
              )}
              {real.length > 0 && (
                <section class="panel conflicts-summary" aria-labelledby="h-conf">
                  <h2 id="h-conf">{real.length} conflict{real.length === 1 ? '' : 's'} between sources</h2>
                  <ConflictList conflicts={real} byId={byId} pair={pair} />
                </section>
              )}
              {groups.length === 0 && <Empty>No figures extracted yet.</Empty>}
              {groups.map((g) => {
                const ids = new Set(g.series.flatMap((s) => s.points.map((p) => p.id)))
                // agreements need no explanation under a chart; conflicts and changes do
                const here = conflicts.filter((c) => c.kind !== 'agreement' && c.indicators.some((i) => ids.has(i)))
                const rows = g.series.flatMap((s) => s.points.map((p) => ({ s, p }))).sort((a, b) => periodKey(a.p).localeCompare(periodKey(b.p)))
                return (
                  <section key={g.key} id={`ind-${slug(g.key)}`} class="indicator-block" aria-labelledby={`h-${slug(g.key)}`}>
                    <div class="section-head">
                      <h2 id={`h-${slug(g.key)}`}>{humanize(g.indicator)} <span class="muted unit">{g.unit}</span></h2>
                      {here.some((c) => c.kind === 'conflict') && <ConflictBadge kind="conflict" />}
                    </div>
                    {rows.some(({ p }) => p.period) ? (
                      <IndicatorChart series={g.series} conflicted={conflicted} pair={pair} title={humanize(g.indicator)} />
                    ) : <p class="muted small">No period is stated for these figures, so they are listed but not plotted.</p>}
                    {here.length > 0 && <ConflictList conflicts={here} byId={byId} pair={pair} />}
                    <div class="table-wrap">
                      <table class="data">
                        <caption class="sr-only">{humanize(g.indicator)} figures</caption>
                        <thead><tr><th scope="col">Period</th><th scope="col">Value</th><th scope="col">Between</th><th scope="col">Source</th><th scope="col"><span class="sr-only">Evidence</span></th></tr></thead>
                        <tbody>
                          {rows.map(({ s, p }) => (
                            <tr key={p.id} class={`${conflicted.has(p.id) ? 'in-conflict' : ''}${p.id === focus ? ' focus-row' : ''}`}>
                              <td class="nowrap">{formatPeriod(p.period)}</td>
                              <td class="num">{formatFigure(p)}{conflicted.has(p.id) && <> <ConflictBadge kind="conflict" /></>}</td>
                              <td>{seriesName(s)}</td>
                              <td>{p.source ? <a href={href('entities', p.source.id, { pair })}>{p.source.name}</a> : <span class="muted">not named</span>}</td>
                              <td class="nowrap">{p.doc && <a href={evidenceHref(p.doc, p.id, p.span, pair)}>Source sentence</a>}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </section>
                )
              })}
            </>
          )
        }}
      </Status>
    </>
  )
}

/** The indicators an analyst reads first come first. */
const LEADING = ['trade_turnover', 'exports', 'imports', 'fdi_registered', 'fdi_projects', 'trade_partner_rank', 'export_market_rank', 'investor_rank', 'growth_pct']
const lead = (i: string) => (LEADING.includes(i) ? LEADING.indexOf(i) : LEADING.length)

const periodOf = (r: IndicatorRec | undefined) => (r ? periodKey(r) : '')
const slug = (s: string) => s.replace(/[^a-z0-9]+/gi, '-').toLowerCase()
const periodKey = (p: IndicatorRec) => (p.period ? ('as_of' in p.period ? p.period.as_of : p.period.start) : '')

function ConflictList({ conflicts, byId, pair }: { conflicts: ConflictRec[]; byId: Map<string, IndicatorRec>; pair: string }) {
  return (
    <ul class="conflict-list">
      {conflicts.map((c) => (
        <li key={c.id} class={`conflict-item kind-${c.kind}`}>
          <p><ConflictBadge kind={c.kind} /> <strong>{conflictTitle(c, byId)}</strong></p>
          <p class="note">{explain(c)}</p>
          {c.note && <details class="small muted"><summary>How it was detected</summary>{c.note}</details>}
          <ul class="claims">
            {c.eventRecords.map((e) => (
              <li key={e.id}>
                {humanize(e.type)}, {formatWhen(e.when)}{e.status === 'planned' ? ' (planned)' : ''}: <span class="quote-inline">“{e.quote ?? ''}”</span> —{' '}
                <a href={evidenceHref(e.doc, e.id, e.span, pair)}>source sentence</a>
              </li>
            ))}
            {[...c.indicators].sort((a, b) => periodOf(byId.get(a)).localeCompare(periodOf(byId.get(b)))).map((id) => {
              const r = byId.get(id)
              return (
                <li key={id}>
                  {r ? <>
                    <span class="num">{formatFigure(r)}</span> {periodPhrase(r.period)}, according to {r.source?.name ?? 'an unnamed source'} —{' '}
                    <a href={evidenceHref(r.doc, r.id, r.span, pair)}>source sentence</a>
                  </> : <code>{id}</code>}
                </li>
              )
            })}
          </ul>
        </li>
      ))}
    </ul>
  )
}

/** A readable title: from the figures when known (`Trade turnover, Vietnam → China, 2021`), else the server's. */
function conflictTitle(c: ConflictRec, byId: Map<string, IndicatorRec>): string {
  const r = c.indicators.map((id) => byId.get(id)).find(Boolean)
  const e = c.eventRecords[0]
  if (!r && e) return `${humanize(e.type)}: ${e.actors.map((a) => a.name).join(', ')}`
  if (!r) return c.about || 'Figures about the same quantity'
  const who = [r.subject?.name, r.counterpart?.name].filter(Boolean).join(' → ')
  return [humanize(r.indicator) + scopeSuffix(r), who, c.kind === 'conflict' ? formatPeriod(r.period) : ''].filter(Boolean).join(', ')
}

function explain(c: ConflictRec): string {
  if (c.kind === 'conflict' && c.events.length && !c.indicators.length) return 'These reports of what should be one event disagree (date, status or participants). Check the sources.'
  if (c.kind === 'conflict') return 'These figures describe the same quantity for the same period but cannot all be true. Compare the sources before citing either.'
  if (c.kind === 'change_over_time') return 'The value moved between periods: a change over time, not a disagreement.'
  return 'Several documents give the same value.'
}
