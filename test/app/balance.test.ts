// Cooperation and conflict apart: the read service gives every event its
// CAMEO quad class and weight, and a pair's balance per month. Real pipeline
// on two short articles written for this test (Peru and Chile).
import { describe, expect, it } from 'vitest'
import { listEvents, monthlyBalance, timeline } from '../../src/app/read/index.js'
import { readPair } from '../../src/app/query/index.js'
import { useBalanceStore } from './balance-store.js'

describe('cooperation and conflict in the read service', () => {
  const store = useBalanceStore('dyad-balance-')

  it('gives a protest verbal conflict and a visit verbal cooperation, with their Goldstein weights', async () => {
    const { items } = await listEvents(store().db, { pair: readPair('PE,CL') }, 50, 0)
    const byType = new Map(items.map((e) => [e.type, e]))
    expect(byType.get('protest')).toMatchObject({ quadClass: 'verbal_conflict', weight: -2 })
    expect(byType.get('visit')).toMatchObject({ quadClass: 'verbal_cooperation', weight: 1.9 })
    const marks = (await timeline(store().db, { pair: readPair('PE,CL') })).items
    expect(marks.find((m) => m.type === 'protest')).toMatchObject({ quadClass: 'verbal_conflict', weight: -2 })
  })

  it('counts each month’s cooperative and conflictual events and sums their weights', async () => {
    const months = await monthlyBalance(store().db, readPair('PE,CL'))
    expect(months.map((m) => m.month)).toEqual(['2024-03', '2024-04'])
    // March: the protest (111, -2); April: the visit (042, 1.9) and the talks held on it (040, 1)
    expect(months).toEqual([
      { month: '2024-03', cooperation: 0, conflict: 1, goldstein: -2 },
      { month: '2024-04', cooperation: 2, conflict: 0, goldstein: 2.9 },
    ])
  })
})
