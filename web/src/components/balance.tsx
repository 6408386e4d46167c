import type { components } from '../api/schema.js'
import type { EChartsOption } from '../lib/echarts.js'
import { QUADS } from '../lib/palette.js'
import { Chart } from './chart.js'
import { everyMonth } from '../lib/months.js'
import { earlierMonthsNote, focusMonth, monthsBefore } from '../lib/timeline-window.js'
import { useState } from 'preact/hooks'

export type MonthBalance = components['schemas']['MonthBalance']

const COOPERATION = QUADS[0]!.color
const CONFLICT = QUADS[3]!.color

/**
 * The balance of the relationship per month (GET /api/balance): cooperative
 * events up, conflictual events down, and the months as a table for those
 * who do not read the chart. Like the timeline it opens on `focus`, where the
 * pair's events are: one 1950 milestone must not stretch the axis over
 * seventy empty years and squeeze the rest into its last bars.
 */
export function BalanceChart({ months, focus = null }: { months: MonthBalance[]; focus?: { from: string; to: string } | null }) {
  const [showAll, setShowAll] = useState(false)
  if (!months.length) return <p class="empty">No coded events that occurred yet for this pair.</p>
  const from = focus && !showAll ? focusMonth(focus) : null
  const shown = from ? months.filter((m) => m.month >= from) : months
  const note = from ? earlierMonthsNote(monthsBefore(months, from)) : null
  // the chart's axis runs through every month, empty ones at zero; the table lists the months with events
  const axis = everyMonth(shown.length ? shown : months)
  const option: EChartsOption = {
    animation: false,
    grid: { left: 8, right: 16, top: 28, bottom: 24, containLabel: true },
    legend: { top: 0, data: ['Cooperation', 'Conflict'] },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: axis.map((m) => m.month), axisLabel: { color: '#3b4550', hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#3b4550', formatter: (v: number) => String(Math.abs(v)) } },
    series: [
      { name: 'Cooperation', type: 'bar', stack: 'side', itemStyle: { color: COOPERATION }, data: axis.map((m) => m.cooperation) },
      { name: 'Conflict', type: 'bar', stack: 'side', itemStyle: { color: CONFLICT }, data: axis.map((m) => -m.conflict) },
    ],
  }
  const coop = axis.reduce((n, m) => n + m.cooperation, 0)
  const conflict = axis.reduce((n, m) => n + m.conflict, 0)
  return (
    <div class="balance">
      <Chart option={option} height={220} label={`Cooperative (${coop}) and conflictual (${conflict}) events per month, ${axis[0]!.month} to ${axis[axis.length - 1]!.month}; the table below lists every month`} />
      {note && (
        <p class="small muted balance-note">
          {note}{' '}
          <button type="button" class="linkish" onClick={() => setShowAll(true)}>show all</button>
        </p>
      )}
      <details class="balance-table">
        <summary>Counts per month</summary>
        <table class="data">
          <thead>
            <tr><th scope="col">Month</th><th scope="col">Cooperation</th><th scope="col">Conflict</th><th scope="col">Goldstein sum</th></tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}><td>{m.month}</td><td class="num">{m.cooperation}</td><td class="num">{m.conflict}</td><td class="num">{m.goldstein}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  )
}
