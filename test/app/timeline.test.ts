import { describe, expect, it } from 'vitest'
import { occasions, type TimelineMention } from '../../src/app/timeline.js'

type M = TimelineMention & { cluster: string | null }

const day = (d: string) => ({ start: d, end: d, granularity: 'day' })
const range = (start: string, end: string) => ({ start, end, granularity: 'range' })
const month = (m: string, last: string) => ({ start: `${m}-01`, end: `${m}-${last}`, granularity: 'month' })

function m(id: string, cluster: string | null, type: string, when: M['when'], status = 'occurred', extra: Partial<M> = {}): M {
  return { id, cluster, type, when, status, ...extra }
}

describe('occasions: the one timeline rule', () => {
  it('joins a cluster into one occasion spanning its day-precise mentions, occurred once any says so', () => {
    const list = occasions(
      [
        m('a1', 'c1', 'visit', range('2021-09-14', '2021-09-16'), 'planned'),
        m('a2', 'c1', 'visit', day('2021-09-15')),
        m('b1', null, 'agreement', month('2019-04', '30')),
      ],
      (x) => x.cluster,
    )
    expect(list.map((o) => [o.key, o.type, o.when?.start, o.when?.end, o.status, o.mentions.length])).toEqual([
      ['b1', 'agreement', '2019-04-01', '2019-04-30', 'occurred', 1],
      ['c1', 'visit', '2021-09-14', '2021-09-16', 'occurred', 2],
    ])
  })

  it('shows a main mention, never a restatement, and drops a group of restatements only', () => {
    const span = { start: 0, end: 10 }
    const list = occasions(
      [
        m('h1', 'c2', 'talks', day('2018-02-02'), 'occurred', { repeatOf: span }),
        m('h2', 'c2', 'talks', range('2018-02-01', '2018-02-03')),
        m('r1', 'c3', 'meeting', day('2018-05-05'), 'occurred', { repeatOf: span }),
      ],
      (x) => x.cluster,
    )
    expect(list.map((o) => [o.key, o.best.id])).toEqual([['c2', 'h2']])
  })

  it('takes the type most mentions give, a tie to the best dated, and puts the undated last', () => {
    const list = occasions(
      [
        m('t1', 'c4', 'meeting', day('2020-06-01')),
        m('t2', 'c4', 'talks', month('2020-06', '30')),
        m('t3', 'c4', 'talks', month('2020-06', '30')),
        m('u1', 'c5', 'summit', null, 'planned'),
        m('t4', 'c6', 'phone_call', day('2020-01-10')),
        m('t5', 'c6', 'talks', month('2020-01', '31')),
      ],
      (x) => x.cluster,
    )
    expect(list.map((o) => [o.key, o.type, o.status])).toEqual([
      ['c6', 'phone_call', 'occurred'],
      ['c4', 'talks', 'occurred'],
      ['c5', 'summit', 'planned'],
    ])
  })
})
