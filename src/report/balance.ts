import type { MonthBalance } from '../app/read/records.js'
import { esc } from './format.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monthText = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`
const signed = (w: number) => (w > 0 ? `+${w}` : w < 0 ? `−${-w}` : '0')

/**
 * The balance of the relationship: one sentence with the totals, then one row
 * per month (the read service's monthlyBalance, the same as /api/balance and
 * the dashboard's balance chart). Empty when no coded event occurred.
 */
export function balanceSection(months: readonly MonthBalance[] = []): string {
  if (!months.length) return ''
  const coop = months.reduce((n, m) => n + m.cooperation, 0)
  const conflict = months.reduce((n, m) => n + m.conflict, 0)
  const span =
    months.length === 1 ? `in ${monthText(months[0]!.month)}` : `from ${monthText(months[0]!.month)} to ${monthText(months[months.length - 1]!.month)}`
  const sentence = `${plural(coop, 'cooperative event')} and ${plural(conflict, 'conflictual event')} occurred ${span}, by their CAMEO quad class.`
  const rows = months
    .map(
      (m) =>
        `<tr><td>${esc(monthText(m.month))}</td><td class="num">${m.cooperation}</td><td class="num">${m.conflict}</td><td class="num">${signed(m.goldstein)}</td></tr>`,
    )
    .join('')
  return `<h3>Cooperation and conflict by month</h3>
<p class="balance">${esc(sentence)}</p>
<table class="balance"><thead><tr><th>Month</th><th>Cooperation</th><th>Conflict</th><th>Goldstein sum</th></tr></thead><tbody>${rows}</tbody></table>`
}
