import { useMemo, useState } from 'preact/hooks'
import type { EventRec } from '../api/types.js'
import { formatWhen, humanize } from '../lib/format.js'
import { quadColor, quadLabel, quadSide } from '../lib/palette.js'
import { QuadLegend } from './quad.js'
import { navigate } from '../lib/router.js'
import { eventHref } from './event-table.js'
import { Chart } from './chart.js'
import type { EChartsOption } from '../lib/echarts.js'
import { earlierNote, focusWindow, leftBefore } from '../lib/timeline-window.js'
import { href } from '../lib/router.js'

const DAY = 86_400_000
const RANGES: { label: string; days: number | null }[] = [
  { label: 'All', days: null },
  { label: '10 years', days: 3653 },
  { label: '2 years', days: 731 },
  { label: '6 months', days: 183 },
  { label: '1 month', days: 31 },
]

interface Item {
  id: string
  href: string
  value: [number, number, number]
  type: string
  quad: string | null
  planned: boolean
  label: string
}

/**
 * Events and milestones on a time axis, one row per event type. Intervals are
 * drawn as bars from start to end; planned events are hollow; the view zooms
 * from decades to days (wheel/drag, the slider, or the range buttons). It
 * opens on `focus`, where the pair's events are, not on the whole record.
 */
export function Timeline({ events, pair, focus = null, hide = new Set() }: { events: EventRec[]; pair: string; focus?: { from: string; to: string } | null; hide?: ReadonlySet<string> }) {
  // counts over a span ("14 meetings since 2006") are not one long event: the page lists them as counts
  const [side, setSide] = useState('')
  const dated = events.filter((e) => e.when && !Number.isNaN(Date.parse(e.when.start)) && !hide.has(e.id) && (!side || quadSide(e.quadClass) === side))
  const types = useMemo(() => {
    const set = [...new Set(dated.map((e) => e.type))].sort((a, b) => (a === 'relations_milestone' ? -1 : b === 'relations_milestone' ? 1 : a < b ? -1 : 1))
    return set
  }, [events, side])
  const [days, setDays] = useState<number | null>(null)
  const [showAll, setShowAll] = useState(false)
  const last = dated.reduce((m, e) => Math.max(m, Date.parse(e.when!.end)), 0)

  // the opening window: the range picked, else the focus span (padded), else everything
  const focused = focus && days === null && !showAll ? focusWindow(focus) : null
  const window = days ? { startValue: last - days * DAY, endValue: last + 15 * DAY } : (focused ?? { start: 0, end: 100 })
  // the opening view may leave an early event out of sight: say so, never hide it silently
  const note = focused ? earlierNote(leftBefore(dated, focused.startValue)) : null

  const option = useMemo<EChartsOption>(() => {
    const items: Item[] = dated.map((e) => ({
      id: e.id,
      href: eventHref(e, pair),
      value: [Date.parse(e.when!.start), Date.parse(e.when!.end) + DAY, types.indexOf(e.type)],
      type: e.type,
      quad: e.quadClass,
      planned: e.status === 'planned',
      label: `${humanize(e.type)}${e.status === 'planned' ? ' (planned)' : ''} · ${formatWhen(e.when)} · ${quadLabel(e.quadClass)}\n${e.actors.map((a) => a.name).join(', ')}`,
    }))
    return {
      animation: false,
      grid: { left: 8, right: 20, top: 12, bottom: 64, containLabel: true },
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p: { data: Item }) => p.data.label },
      // a little room either side so marks at the ends are not cut in half
      xAxis: { type: 'time', min: (v: { min: number; max: number }) => v.min - Math.max((v.max - v.min) * 0.03, 5 * DAY), max: (v: { min: number; max: number }) => v.max + Math.max((v.max - v.min) * 0.03, 5 * DAY), axisLabel: { hideOverlap: true, color: '#3b4550' }, splitLine: { show: true, lineStyle: { color: '#eef1f4' } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: types.map((t) => (t === 'relations_milestone' ? 'Milestones' : humanize(t))),
        axisLabel: { color: '#1b1f24', fontWeight: 500 },
        axisTick: { show: false },
        splitLine: { show: true, lineStyle: { color: '#f2f4f6' } },
      },
      dataZoom: [
        { type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter', minValueSpan: 3 * DAY, ...window },
        { type: 'slider', xAxisIndex: 0, filterMode: 'weakFilter', height: 22, bottom: 12, minValueSpan: 3 * DAY, labelFormatter: (v: number) => new Date(v).toISOString().slice(0, 10), ...window },
      ],
      series: [
        {
          type: 'custom',
          clip: true,
          encode: { x: [0, 1], y: 2 },
          data: items,
          renderItem: (params: { dataIndex: number }, api: { value: (i: number) => number; coord: (v: number[]) => number[]; size: (v: number[]) => number[] }) => {
            const row = api.value(2)
            const a = api.coord([api.value(0), row])
            const b = api.coord([api.value(1), row])
            const band = api.size([0, 1])[1]!
            const h = Math.max(6, Math.min(14, band * 0.45))
            const item = items[params.dataIndex]
            // coloured by side of the relationship (quad class); the row already names the type
            const color = quadColor(item?.quad ?? null)
            const planned = item?.planned ?? false
            const x = a[0]!
            const w = Math.max(b[0]! - x, h)
            const style = planned ? { fill: '#fff', stroke: color, lineWidth: 2, lineDash: [3, 2] } : { fill: color, stroke: '#fff', lineWidth: 1 }
            if (item?.type === 'relations_milestone') {
              const cx = x + w / 2
              const cy = a[1]!
              const r = h * 0.8
              return { type: 'polygon', shape: { points: [[cx, cy - r], [cx + r, cy], [cx, cy + r], [cx - r, cy]] }, style }
            }
            return { type: 'rect', shape: { x, y: a[1]! - h / 2, width: w, height: h, r: 2 }, style }
          },
        },
      ],
    }
  }, [events, days, types, pair, showAll, focus, side])

  const sides = (
    <div class="toolbar" role="group" aria-label="Cooperation or conflict">
      {[['', 'All'], ['cooperation', 'Cooperation'], ['conflict', 'Conflict']].map(([value, label]) => (
        <button type="button" key={value} class="chip" aria-pressed={side === value} onClick={() => setSide(value!)}>
          {label}
        </button>
      ))}
    </div>
  )
  if (dated.length === 0) return side ? <div class="timeline">{sides}<p class="empty">No dated events on this side.</p></div> : <p class="empty">No dated events yet for this pair.</p>
  return (
    <div class="timeline">
      {sides}
      <div class="toolbar" role="group" aria-label="Timeline range">
        {focus && (
          <button type="button" class="chip" aria-pressed={days === null && !showAll} onClick={() => { setDays(null); setShowAll(false) }}>
            Where the events are
          </button>
        )}
        {RANGES.map((r) => (
          <button type="button" key={r.label} class="chip" aria-pressed={r.days === null ? days === null && (showAll || !focus) : days === r.days} onClick={() => { setDays(r.days); setShowAll(r.days === null) }}>
            {r.label}
          </button>
        ))}
        <span class="legend-inline">
          <span class="key solid" aria-hidden="true" /> occurred
          <span class="key hollow" aria-hidden="true" /> planned
          <span class="key diamond" aria-hidden="true" /> milestone
        </span>
      </div>
      <QuadLegend />
      <Chart
        option={option}
        height={Math.max(180, types.length * 34 + 90)}
        label={`Timeline of ${dated.length} events; the events table below lists the same events`}
        onPick={(d) => typeof d.href === 'string' && navigate(d.href)}
      />
      {note && (
        <p class="muted small timeline-note">
          {note} <a href={href('events', { pair })}>Events</a> ·{' '}
          <button type="button" class="linkish" onClick={() => { setDays(null); setShowAll(true) }}>show all</button>
        </p>
      )}
    </div>
  )
}
