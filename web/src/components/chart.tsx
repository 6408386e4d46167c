import { useEffect, useRef } from 'preact/hooks'
import { echarts, type EChartsOption } from '../lib/echarts.js'

interface Props {
  option: EChartsOption
  height: number
  label: string
  /** Called with the clicked item's `data` object. */
  onPick?: (data: Record<string, unknown>) => void
}

/**
 * An ECharts chart. Drawn on canvas (no style attributes); the tooltip is plain text set through
 * the DOM (no inline style attributes) so it works under the API's CSP.
 */
export function Chart({ option, height, label, onPick }: Props) {
  const el = useRef<HTMLDivElement>(null)
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null)
  const pick = useRef(onPick)
  pick.current = onPick

  useEffect(() => {
    if (!el.current) return
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' })
    chart.current = c
    c.on('click', (p: { data?: unknown }) => {
      if (p.data && typeof p.data === 'object') pick.current?.(p.data as Record<string, unknown>)
    })
    const ro = new ResizeObserver(() => c.resize())
    ro.observe(el.current)
    return () => {
      ro.disconnect()
      c.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(option, true)
  }, [option])

  return <div class="chart" ref={el} role="img" aria-label={label} style={{ height: `${height}px` }} />
}
