import { describe, expect, it } from 'vitest'
import { buildTimeline } from '../../src/events/timeline.js'
import type { EventMention, EventType, TimeInterval } from '../../src/model/types.js'
import { clusterEvents, type StoredEvent } from '../../src/resolve/events.js'

function ev(id: string, doc: string, type: EventType, actors: string[], when: TimeInterval | null, status: 'occurred' | 'planned' = 'occurred'): StoredEvent {
  const start = Number(id.slice(1)) * 100
  return {
    id,
    doc,
    event: { kind: 'event', type, cameo: '', plover: '', actors, host: null, place: null, when, status, count: null, span: { start, end: start + 40 }, trigger: { start, end: start + 4 }, ruleId: 't' },
  }
}

describe('buildTimeline', () => {
  it('orders milestones and events in time with the documents behind each', () => {
    const events = [
      ev('v1', 'd1', 'visit', ['person:a'], { start: '2022-10-30', end: '2022-11-02', granularity: 'range' }, 'planned'),
      ev('v2', 'd2', 'visit', ['person:a'], { start: '2022-10-30', end: '2022-10-30', granularity: 'day' }),
      ev('v3', 'd2', 'relations_milestone', ['country:VN', 'country:CN'], { start: '1950-01-18', end: '1950-01-18', granularity: 'day' }),
      ev('v4', 'd3', 'statement', ['person:a'], { start: '2022-10-01', end: '2022-10-31', granularity: 'month' }),
      ev('v5', 'd3', 'agreement', ['country:VN', 'country:CN'], null),
    ]
    const timeline = buildTimeline(events, clusterEvents(events))
    expect(timeline.map((t) => [t.type, t.when?.start, t.documents, t.status])).toEqual([
      ['relations_milestone', '1950-01-18', 1, 'occurred'],
      ['visit', '2022-10-30', 2, 'occurred'],
    ])
    expect(timeline[0].milestone).toBe(true)
    expect(timeline[1].when?.granularity).toBe('day')
    expect(timeline[1].mentions.map((m) => m.id)).toEqual(['v1', 'v2'])
  })

  it('can keep undated events and statements when asked', () => {
    const events = [ev('v1', 'd1', 'statement', ['person:a'], null)]
    expect(buildTimeline(events, new Map(), { undated: true, exclude: [] })).toHaveLength(1)
  })
})
