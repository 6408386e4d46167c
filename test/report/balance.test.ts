// The brief's balance of cooperation and conflict, from the same read-service
// query as /api/balance, over two articles written for the balance tests.
import { describe, expect, it } from 'vitest'
import { loadBriefData } from '../../src/report/data.js'
import { renderBrief } from '../../src/report/render.js'
import { balanceSection } from '../../src/report/balance.js'
import { useBalanceStore } from '../app/balance-store.js'

describe('the brief shows cooperation and conflict apart', () => {
  const store = useBalanceStore('dyad-brief-balance-')

  it('states the counts in a sentence and tabulates them per month', async () => {
    const data = await loadBriefData(store().db, 'PE,CL', new Date('2024-05-01T00:00:00Z'))
    const html = renderBrief(data)
    expect(html).toContain('2 cooperative events and 1 conflictual event occurred from Mar 2024 to Apr 2024, by their CAMEO quad class.')
    const rows = [...html.matchAll(/<tr><td>(\w+ \d{4})<\/td><td class="num">(\d+)<\/td><td class="num">(\d+)<\/td><td class="num">([^<]+)<\/td><\/tr>/g)].map((m) => m.slice(1))
    expect(rows).toEqual([
      ['Mar 2024', '0', '1', '−2'],
      ['Apr 2024', '2', '0', '+2.9'],
    ])
  })

  it('writes nothing when no coded event occurred, and one month in the singular', () => {
    expect(balanceSection([])).toBe('')
    expect(balanceSection([{ month: '2023-11', cooperation: 1, conflict: 0, goldstein: 3.4 }])).toContain('1 cooperative event and 0 conflictual events occurred in Nov 2023')
  })
})
