import type { DistinctEvent } from './select.js'
import { esc, formatWhen, humanize } from './format.js'
import { eventColor } from '../shared/event-colors.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const W = 760
const LEFT = 118
const ROW = 22
const DAY = 86_400_000

/**
 * An inline SVG timeline of distinct events, one row per type: bars from
 * start to end, hollow dashed for planned, diamonds for milestones. Scaled to
 * the window [from, to]; events outside it are left out (the caller says so).
 */
export function timelineSvg(events: readonly DistinctEvent[], from: number, to: number, title: string): string {
  const shown = events.filter((e) => e.best.when && Date.parse(e.best.when.end) >= from && Date.parse(e.best.when.start) <= to)
  const types = [...new Set(shown.map((e) => e.best.type))].sort((a, b) =>
    a === 'relations_milestone' ? -1 : b === 'relations_milestone' ? 1 : a.localeCompare(b),
  )
  const height = 30 + types.length * ROW + 24
  const x = (t: number) => LEFT + ((t - from) / Math.max(to - from, DAY)) * (W - LEFT - 12)
  const parts: string[] = []
  // axis ticks: years, or months when the window is short
  const spanDays = (to - from) / DAY
  const ticks = tickDates(from, to, spanDays)
  for (const t of ticks) {
    const tx = x(t.at)
    parts.push(`<line x1="${tx.toFixed(1)}" x2="${tx.toFixed(1)}" y1="20" y2="${height - 22}" stroke="#e3e7eb"/>`)
    parts.push(`<text x="${tx.toFixed(1)}" y="${height - 8}" font-size="10" text-anchor="middle" fill="#3b4550">${esc(t.label)}</text>`)
  }
  types.forEach((t, i) => {
    const y = 30 + i * ROW
    parts.push(
      `<text x="${LEFT - 8}" y="${y + 4}" font-size="11" text-anchor="end" fill="#1b1f24">${esc(t === 'relations_milestone' ? 'Milestones' : humanize(t))}</text>`,
    )
    parts.push(`<line x1="${LEFT}" x2="${W - 12}" y1="${y}" y2="${y}" stroke="#f0f2f4"/>`)
  })
  for (const e of shown) {
    const w = e.best.when!
    const y = 30 + types.indexOf(e.best.type) * ROW
    const a = x(Math.max(Date.parse(w.start), from))
    const b = x(Math.min(Date.parse(w.end) + DAY, to))
    const color = eventColor(e.best.type)
    const planned = e.best.status === 'planned'
    const paint = planned ? `fill="#fff" stroke="${color}" stroke-width="1.5" stroke-dasharray="3 2"` : `fill="${color}"`
    const label = `<title>${esc(`${humanize(e.best.type)}${planned ? ' (planned)' : ''}, ${formatWhen(w)}`)}</title>`
    if (e.best.type === 'relations_milestone') {
      const cx = (a + b) / 2
      parts.push(`<path d="M${cx.toFixed(1)} ${y - 6}l6 6l-6 6l-6 -6z" ${paint}>${label}</path>`)
    } else {
      parts.push(`<rect x="${a.toFixed(1)}" y="${y - 5}" width="${Math.max(b - a, 6).toFixed(1)}" height="10" rx="2" ${paint}>${label}</rect>`)
    }
  }
  return `<svg class="timeline" viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">${parts.join('')}</svg>`
}

function tickDates(from: number, to: number, spanDays: number): { at: number; label: string }[] {
  const out: { at: number; label: string }[] = []
  const a = new Date(from)
  const b = new Date(to)
  if (spanDays > 3 * 365) {
    const years = b.getUTCFullYear() - a.getUTCFullYear()
    const step = [1, 2, 5, 10, 20, 25, 50].find((s) => years / s <= 9) ?? 100
    for (let y = Math.ceil(a.getUTCFullYear() / step) * step; y <= b.getUTCFullYear(); y += step) out.push({ at: Date.UTC(y, 0, 1), label: String(y) })
  } else {
    const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()
    const step = [1, 2, 3, 6].find((s) => months / s <= 10) ?? 12
    for (let m = a.getUTCMonth() + 1, y = a.getUTCFullYear(); Date.UTC(y, m, 1) <= to; m += step) {
      const d = new Date(Date.UTC(y, m, 1))
      out.push({ at: d.getTime(), label: `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` })
    }
  }
  return out
}
