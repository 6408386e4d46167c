import { useMemo } from 'preact/hooks'
import type { IndicatorRec, Series } from '../api/types.js'
import { axisValue, formatFigure, formatPeriod } from '../lib/format.js'
import type { EChartsOption } from '../lib/echarts.js'
import { SERIES_COLORS } from '../lib/palette.js'
import { navigate } from '../lib/router.js'
import { Chart } from './chart.js'
import { evidenceHref } from './event-table.js'
import { periodTimes } from '../lib/format.js'
import { scopeSuffix } from '../../../src/shared/scope.js'

const DAY = 86_400_000
const CONFLICT = '#c62828'

export const seriesName = (s: Series) =>
  [s.subject?.name, s.counterpart?.name].filter(Boolean).join(' → ') + scopeSuffix(s) || 'unspecified'

interface Datum {
  value: [number, number, number]
  id: string
  doc: string
  span: IndicatorRec['span']
  conflict: boolean
  label: string
}

/**
 * One indicator's figures over time: a period (a year, nine months) is a bar
 * from its start to its end at the stated value; an as-of stock is a point.
 * Figures in conflict are drawn in red with a ring. Clicking opens the source sentence.
 */
export function IndicatorChart({ series, conflicted, pair, title }: { series: Series[]; conflicted: Set<string>; pair: string; title: string }) {
  const unit = series[0]?.unit ?? ''
  const option = useMemo<EChartsOption>(() => {
    // pad the time axis so one short period does not fill the whole width
    const times = series.flatMap((s) => s.points.flatMap((p) => periodTimes(p.period) ?? []))
    const lo = Math.min(...times)
    const hi = Math.max(...times)
    const pad = Math.max((hi - lo) * 0.06, 120 * DAY)
    return {
    animation: false,
    grid: { left: 8, right: 20, top: 36, bottom: 40, containLabel: true },
    legend: { top: 4, left: 0, textStyle: { color: '#1b1f24' }, icon: 'roundRect' },
    tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p: { data: Datum }) => p.data.label },
    xAxis: { type: 'time', min: lo - pad, max: hi + pad, axisLabel: { hideOverlap: true, color: '#3b4550' }, splitLine: { show: false } },
    yAxis: {
      type: 'value',
      inverse: unit === 'rank',
      min: unit === 'rank' ? 1 : undefined,
      minInterval: unit === 'rank' ? 1 : undefined,
      scale: false,
      // headroom so a bar at the top value is not cut by the plot edge
      boundaryGap: [0, '12%'],
      axisLabel: { color: '#3b4550', formatter: (v: number) => axisValue(v, unit) },
      splitLine: { lineStyle: { color: '#eef1f4' } },
    },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none', minValueSpan: 30 * DAY }],
    series: series.map((s, si) => {
      const color = SERIES_COLORS[si % SERIES_COLORS.length]!
      const data: Datum[] = s.points.flatMap((p) => {
        const t = periodTimes(p.period)
        if (!t) return []
        return [{
          value: [t[0], t[1], p.value],
          id: p.id,
          doc: p.doc,
          span: p.span,
          conflict: conflicted.has(p.id),
          label: `${formatFigure(p)} · ${formatPeriod(p.period)}\n${seriesName(s)}${p.source ? `\nsource: ${p.source.name}` : ''}${conflicted.has(p.id) ? '\nIN CONFLICT with another figure' : ''}`,
        }]
      })
      return {
        type: 'custom',
        clip: true,
        name: seriesName(s),
        color,
        encode: { x: [0, 1], y: 2 },
        data,
        renderItem: (params: { dataIndex: number }, api: { coord: (v: number[]) => number[] }) => {
          const d = data[params.dataIndex]!
          const a = api.coord([d.value[0], d.value[2]])
          const b = api.coord([d.value[1], d.value[2]])
          const fill = d.conflict ? CONFLICT : color
          const ring = d.conflict ? { stroke: CONFLICT, lineWidth: 2, fill: 'rgba(198,40,40,0.12)' } : null
          if (d.value[1] - d.value[0] > 2 * DAY) {
            const w = Math.max(b[0]! - a[0]!, 6)
            const children: unknown[] = [{ type: 'rect', shape: { x: a[0], y: a[1]! - 4, width: w, height: 8, r: 2 }, style: { fill } }]
            if (ring) children.unshift({ type: 'rect', shape: { x: a[0]! - 3, y: a[1]! - 7, width: w + 6, height: 14, r: 4 }, style: ring })
            return { type: 'group', children }
          }
          const children: unknown[] = [{ type: 'circle', shape: { cx: a[0], cy: a[1], r: 5 }, style: { fill, stroke: '#fff', lineWidth: 1 } }]
          if (ring) children.unshift({ type: 'circle', shape: { cx: a[0], cy: a[1], r: 9 }, style: ring })
          return { type: 'group', children }
        },
      }
    }),
  }
  }, [series, conflicted])

  return (
    <Chart
      option={option}
      height={260}
      label={`${title}: chart of ${series.reduce((n, s) => n + s.points.length, 0)} figures; the table below lists them with links to their sources`}
      onPick={(d) => typeof d.doc === 'string' && typeof d.id === 'string' && navigate(evidenceHref(d.doc, d.id, (d.span as IndicatorRec['span']) ?? null, pair))}
    />
  )
}
