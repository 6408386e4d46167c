import { describe, expect, it } from 'vitest'
import type { EventMention, EventType, TimeInterval } from '../../src/model/types.js'
import { clusterEvents, clusterTime, type StoredEvent } from '../../src/resolve/events.js'

let n = 0
function ev(doc: string, type: EventType, actors: string[], when: TimeInterval | null, more: Partial<EventMention> = {}): StoredEvent {
  n++
  const start = n * 100
  return {
    id: `v${String(n).padStart(3, '0')}`,
    doc,
    event: {
      kind: 'event',
      type,
      cameo: '042',
      plover: 'CONSULT',
      actors,
      host: null,
      place: null,
      when,
      status: 'occurred',
      count: null,
      span: { start, end: start + 50 },
      trigger: { start, end: start + 5 },
      ruleId: 'test',
      ...more,
    },
  }
}
const day = (d: string): TimeInterval => ({ start: d, end: d, granularity: 'day' })
const month = (m: string, last = '30'): TimeInterval => ({ start: `${m}-01`, end: `${m}-${last}`, granularity: 'month' })
const range = (a: string, b: string): TimeInterval => ({ start: a, end: b, granularity: 'range' })

describe('clusterEvents', () => {
  it('joins day, month and range mentions of one visit, planned and occurred, across documents', () => {
    const a = ev('d1', 'visit', ['person:ruto'], month('2024-02', '29'), { host: 'country:ET' })
    const b = ev('d2', 'visit', ['person:ruto'], range('2024-02-26', '2024-02-28'), { host: 'country:ET', status: 'planned' })
    const c = ev('d3', 'visit', ['person:ruto'], day('2024-02-27'), { host: 'country:ET' })
    const clusters = clusterEvents([a, b, c])
    expect(new Set([a, b, c].map((e) => clusters.get(e.id))).size).toBe(1)
  })

  it('chains a month mention to a neighbouring month through a dated range', () => {
    const oct = ev('d1', 'visit', ['person:trong'], month('2022-10', '31'), { host: 'country:CN' })
    const nov = ev('d2', 'visit', ['person:trong'], month('2022-11'), { host: 'country:CN' })
    const span = ev('d3', 'visit', ['person:trong'], range('2022-10-30', '2022-11-02'), { host: 'country:CN' })
    const clusters = clusterEvents([oct, nov, span])
    expect(clusters.get(oct.id)).toBe(clusters.get(nov.id))
  })

  it('joins a meeting in one report with talks in another when they name the same persons', () => {
    const meeting = ev('d1', 'meeting', ['person:ana lopez', 'person:ben okoro'], day('2024-07-02'))
    const talks = ev('d2', 'talks', ['person:ben okoro', 'person:ana lopez'], day('2024-07-02'))
    const summit = ev('d3', 'summit', ['person:ana lopez', 'person:ben okoro'], range('2024-07-01', '2024-07-03'))
    const clusters = clusterEvents([meeting, talks, summit])
    expect(new Set([meeting, talks, summit].map((e) => clusters.get(e.id))).size).toBe(1)
  })

  it('keeps talks apart from a meeting with one person more, and from a meeting the same report tells', () => {
    const talks = ev('d1', 'talks', ['person:ana lopez', 'person:ben okoro'], day('2024-07-02'))
    const wider = ev('d2', 'meeting', ['person:ana lopez', 'person:ben okoro', 'person:carl berg'], day('2024-07-02'))
    expect(clusterEvents([talks, wider]).get(talks.id)).not.toBe(clusterEvents([talks, wider]).get(wider.id))
    // d1 tells both its one-on-one talks and the council meeting; d2 only the meeting: the meetings join, the talks stay apart.
    const ownMeeting = ev('d1', 'meeting', ['person:ana lopez', 'person:ben okoro'], day('2024-07-02'))
    const otherMeeting = ev('d2', 'meeting', ['person:ana lopez', 'person:ben okoro'], day('2024-07-02'))
    const clusters = clusterEvents([talks, otherMeeting, ownMeeting])
    expect(clusters.get(ownMeeting.id)).toBe(clusters.get(otherMeeting.id))
    expect(clusters.get(talks.id)).not.toBe(clusters.get(otherMeeting.id))
  })

  it('keeps two visits of the same person a year apart, and a visit and its talks, apart', () => {
    const v1 = ev('d1', 'visit', ['person:lula'], month('2023-01', '31'), { host: 'country:AR' })
    const v2 = ev('d2', 'visit', ['person:lula'], month('2024-01', '31'), { host: 'country:AR' })
    const talks = ev('d2', 'talks', ['person:lula', 'person:fernandez'], day('2023-01-23'))
    const clusters = clusterEvents([v1, v2, talks])
    expect(new Set([v1, v2, talks].map((e) => clusters.get(e.id))).size).toBe(3)
  })

  it('keeps calls of different pairs of people apart even when one person is shared', () => {
    const a = ev('d1', 'phone_call', ['person:trong', 'person:xi'], range('2020-01-01', '2022-12-31'), { count: 4 })
    const b = ev('d2', 'phone_call', ['person:phuc', 'person:xi'], month('2021-05', '31'))
    const c = ev('d3', 'phone_call', ['person:xi', 'person:trong'], range('2020-01-01', '2022-12-31'), { count: 4 })
    const clusters = clusterEvents([a, b, c])
    expect(clusters.get(a.id)).toBe(clusters.get(c.id))
    expect(clusters.get(b.id)).not.toBe(clusters.get(a.id))
  })

  it('never merges two events of one sentence, nor undated mentions', () => {
    const a = ev('d1', 'meeting', ['person:li', 'person:trong'], day('2022-11-01'))
    const b = ev('d1', 'meeting', ['person:wang', 'person:trong'], day('2022-11-01'), { span: { start: a.event.span.start + 20, end: a.event.span.end } })
    const c = ev('d2', 'agreement', ['country:VN', 'country:CN'], null)
    const d = ev('d3', 'agreement', ['country:VN', 'country:CN'], null)
    const clusters = clusterEvents([a, b, c, d])
    expect(clusters.get(a.id)).not.toBe(clusters.get(b.id))
    expect(clusters.get(c.id)).not.toBe(clusters.get(d.id))
  })

  it('joins a person mention into a group only when every member agrees (no chaining through a shared person)', () => {
    const both = ev('d1', 'talks', ['person:xi', 'person:trong'], day('2022-10-31'))
    const trong = ev('d2', 'talks', ['person:trong'], range('2022-10-30', '2022-11-02'))
    const xiLi = ev('d3', 'talks', ['person:xi', 'person:li'], day('2022-10-31'))
    const clusters = clusterEvents([both, trong, xiLi])
    expect(clusters.get(both.id)).toBe(clusters.get(trong.id))
    expect(clusters.get(xiLi.id)).not.toBe(clusters.get(both.id))
  })

  it('keeps directed events of the same pair apart when their sources differ, and joins them when a source is shared', () => {
    const both = ['country:FR', 'country:IT']
    const byFrance = ev('d1', 'accusation', both, day('2019-02-07'), { sourceActors: ['country:FR'], targetActors: ['country:IT'] })
    const byItaly = ev('d2', 'accusation', both, day('2019-02-07'), { sourceActors: ['country:IT'], targetActors: ['country:FR'] })
    const byFranceAgain = ev('d3', 'accusation', both, day('2019-02-07'), { sourceActors: ['org:quai', 'country:FR'], targetActors: ['country:IT'] })
    const clusters = clusterEvents([byFrance, byItaly, byFranceAgain])
    expect(clusters.get(byFrance.id)).not.toBe(clusters.get(byItaly.id))
    expect(clusters.get(byFrance.id)).toBe(clusters.get(byFranceAgain.id))
  })

  it('keeps two accusations of one report dated only by their year apart, but joins them across reports and joins visits so dated', () => {
    const year = (y: string): TimeInterval => ({ start: `${y}-01-01`, end: `${y}-12-31`, granularity: 'year' })
    const blamed = ev('d1', 'accusation', ['country:BR', 'country:CN'], year('2020'))
    const labelled = ev('d1', 'accusation', ['country:BR', 'country:CN'], year('2020'))
    const elsewhere = ev('d2', 'accusation', ['country:BR', 'country:CN'], year('2020'))
    const clusters = clusterEvents([blamed, labelled, elsewhere])
    expect(clusters.get(blamed.id)).not.toBe(clusters.get(labelled.id))
    expect([blamed, labelled].map((e) => clusters.get(e.id))).toContain(clusters.get(elsewhere.id))
    const first = ev('d3', 'visit', ['person:ruto'], year('2019'), { host: 'country:ET' })
    const again = ev('d3', 'visit', ['person:ruto'], year('2019'), { host: 'country:ET' })
    const visits = clusterEvents([first, again])
    expect(visits.get(first.id)).toBe(visits.get(again.id))
  })

  it('gives stable cluster ids whatever the input order', () => {
    const a = ev('d1', 'summit', ['person:abiy'], day('2023-06-01'))
    const b = ev('d2', 'summit', ['person:abiy'], month('2023-06'))
    expect(clusterEvents([a, b])).toEqual(clusterEvents([b, a]))
  })

  it('carries the most precise time of a cluster', () => {
    const mentions = [month('2022-11'), range('2022-10-30', '2022-11-02'), day('2022-10-30')].map((w, i) => ev(`d${i}`, 'visit', ['person:x'], w).event)
    expect(clusterTime(mentions)).toEqual(day('2022-10-30'))
  })

  it('puts a repeat in the cluster of its main mention; without its main, it stays alone', () => {
    const main = ev('d1', 'visit', ['person:ruto'], day('2024-05-06'), { host: 'country:ET' })
    // A headline restating the visit, dated like it, marked as its repeat.
    const repeat = ev('d1', 'visit', ['person:ruto'], day('2024-05-06'), { host: 'country:ET', repeatOf: main.event.span })
    // Another report of the same visit: it joins through the main, by the rules.
    const other = ev('d2', 'visit', ['person:ruto'], day('2024-05-06'), { host: 'country:ET' })
    const clusters = clusterEvents([repeat, other, main])
    expect(new Set([main, repeat, other].map((e) => clusters.get(e.id)))).toEqual(new Set([`c-${main.id}`]))
    // Without the main, the repeat takes no part in the rules, however well it fits.
    const alone = clusterEvents([repeat, other])
    expect(alone.get(repeat.id)).toBe(`c-${repeat.id}`)
    expect(alone.get(other.id)).toBe(`c-${other.id}`)
  })

  it('joins a repeat to its main even when the rules would keep them apart, and never by span alone across documents', () => {
    const main = ev('d1', 'summit', ['person:kishida'], day('2023-06-28'))
    const repeat = ev('d1', 'summit', ['person:kishida', 'person:marcos'], null, { repeatOf: main.event.span })
    const elsewhere = ev('d2', 'summit', ['person:kishida'], null, { repeatOf: main.event.span })
    const clusters = clusterEvents([main, repeat, elsewhere])
    expect(clusters.get(repeat.id)).toBe(clusters.get(main.id))
    expect(clusters.get(elsewhere.id)).toBe(`c-${elsewhere.id}`)
  })

  it('lets a repeat pull in no mention of another document that only it would fit', () => {
    const main = ev('d1', 'meeting', ['person:kishida', 'person:manalo'], day('2024-03-09'))
    const repeat = ev('d1', 'meeting', ['person:kishida'], day('2024-03-09'), { repeatOf: main.event.span })
    // Fits the repeat ({kishida} within {kishida, teodoro}) but not the main.
    const other = ev('d2', 'meeting', ['person:kishida', 'person:teodoro'], day('2024-03-09'))
    const clusters = clusterEvents([main, repeat, other])
    expect(clusters.get(repeat.id)).toBe(clusters.get(main.id))
    expect(clusters.get(other.id)).not.toBe(clusters.get(main.id))
  })
})

describe('clusterEvents for agreements', () => {
  it('joins nine planned agreements with fourteen signed, but not a single agreement with nine', () => {
    const pta = ev('d1', 'agreement', ['country:TR', 'country:AZ'], day('2020-02-25'), { status: 'planned', count: 1 })
    const nine = ev('d1', 'agreement', ['country:AZ', 'country:TR'], day('2020-02-25'), { status: 'planned', count: 9 })
    const fourteen = ev('d2', 'agreement', ['person:erdogan', 'country:AZ', 'country:TR'], day('2020-02-25'), { count: 14 })
    const clusters = clusterEvents([pta, nine, fourteen])
    expect(clusters.get(nine.id)).toBe(clusters.get(fourteen.id))
    expect(clusters.get(pta.id)).not.toBe(clusters.get(nine.id))
  })

  it('joins deals between two countries told with and without a body beside them, but not deals of other bodies or countries', () => {
    const plain = ev('d1', 'agreement', ['country:KE', 'country:ET'], range('2024-03-04', '2024-03-05'))
    const withBody = ev('d2', 'agreement', ['country:ET', 'country:KE', 'org:ethiopian investment commission'], day('2024-03-05'))
    const firms = ev('d2', 'agreement', ['org:kenya power', 'org:ethiopian electric power'], day('2024-03-05'))
    const otherBody = ev('d3', 'agreement', ['country:ET', 'country:KE', 'org:kenya ports authority'], day('2024-03-05'))
    const third = ev('d3', 'agreement', ['country:ET', 'country:KE', 'country:SO'], day('2024-03-05'))
    const clusters = clusterEvents([plain, withBody, firms, otherBody, third])
    expect(clusters.get(plain.id)).toBe(clusters.get(withBody.id))
    expect(clusters.get(firms.id)).not.toBe(clusters.get(plain.id))
    expect(clusters.get(otherBody.id)).not.toBe(clusters.get(withBody.id))
    expect(clusters.get(third.id)).not.toBe(clusters.get(plain.id))
  })
})

describe('clusterEvents, whatever else is read', () => {
  it('clusters mentions that can join the same way beside mentions they cannot join', () => {
    // b can take a or x but not both (their persons do not nest); z names x's person in another month.
    const a = ev('d1', 'meeting', ['person:lula'], day('2024-05-10'))
    const b = ev('d2', 'meeting', ['person:lula', 'person:boric'], day('2024-05-10'))
    const x = ev('d3', 'meeting', ['person:boric'], day('2024-05-10'))
    const z = { ...ev('d4', 'meeting', ['person:boric'], day('2024-02-02')), id: 'v000' }
    const alone = clusterEvents([a, b, x])
    const beside = clusterEvents([z, a, b, x])
    for (const e of [a, b, x]) expect(beside.get(e.id)).toBe(alone.get(e.id))
    expect(alone.get(a.id)).toBe(alone.get(b.id))
  })
})
