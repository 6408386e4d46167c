import { describe, expect, it } from 'vitest'
import type { BriefData, BriefEvent, BriefFigure } from '../../src/report/data.js'
import { formatValue, formatInterval } from '../../src/report/format.js'
import { renderBrief } from '../../src/report/render.js'
import { EVENT_COLORS, eventColor } from '../../web/src/lib/palette.js'
import { distinctEvents, headlineFigures, latestEvents } from '../../src/report/select.js'

// A made-up pair (Chile and Norway) with evidence sentences written for this test.

function event(id: string, over: Partial<BriefEvent>): BriefEvent {
  return {
    id, doc: 'dA', source: 'a.txt', url: null, evidence: 'The foreign minister will visit Oslo in May 2025.', cluster: null, pair: 'country:CL,country:NO',
    type: 'visit', cameo: '042', plover: 'CONSULT', actors: ['person:ana soto'], host: 'country:NO', place: 'place:oslo',
    when: { start: '2025-05-01', end: '2025-05-31', granularity: 'month' }, status: 'planned', count: null,
    span: { start: 86, end: 135 }, trigger: { start: 112, end: 117 }, ruleId: 'test', ...over,
  }
}

function figure(id: string, over: Partial<BriefFigure>): BriefFigure {
  return {
    id, doc: 'dA', source_doc: 'a.txt', evidence: 'Trade between Chile and Norway reached 2.5 billion USD in 2023', pair: 'country:CL,country:NO', conflicts: [], agreements: [], series: [],
    indicator: 'trade_turnover', subject: 'country:CL', counterpart: 'country:NO', scope: null, value: 2.5e9, unit: 'USD', bound: 'exact',
    period: { start: '2023-01-01', end: '2023-12-31' }, source: 'org:customs', span: { start: 0, end: 62 }, ruleId: 'test', ...over,
  }
}

function data(over: Partial<BriefData> = {}): BriefData {
  return {
    pair: 'country:CL,country:NO',
    countries: ['Chile', 'Norway'],
    documents: [
      { id: 'dA', source: '/x/a.txt', url: null, title: 'Ties <deepen>', lead: null, outlet: 'Fjord Wire', published: { start: '2024-03-02', end: '2024-03-02', basis: 'stated' } },
      { id: 'dB', source: '/x/b.txt', url: 'https://example.org/b', title: null, lead: null, outlet: 'example.org', published: null },
    ],
    events: [
      event('e1', {}),
      event('e2', { doc: 'dB', status: 'occurred', type: 'relations_milestone', when: { start: '1990-01-01', end: '1990-12-31', granularity: 'year' }, evidence: 'Relations were set up in 1990.', actors: ['country:CL', 'country:NO'] }),
    ],
    figures: [
      figure('i1', {}),
      figure('i2', { doc: 'dB', value: 3.9e9, bound: 'lower', source: null, evidence: 'trade topped 3.9 billion dollars last year' }),
      figure('i3', { period: { start: '2022-01-01', end: '2022-12-31' }, value: 2.1e9 }),
    ],
    conflicts: [
      { id: 'k1', kind: 'conflict', about: 'trade 2023', note: 'customs and the ministry disagree', indicators: ['i1', 'i2'], events: [] },
      { id: 'k2', kind: 'change_over_time', about: 'trade', note: '', indicators: ['i3', 'i1'], events: [] },
      { id: 'k3', kind: 'agreement', about: 'trade', note: '', indicators: ['i1'], events: [] },
    ],
    names: new Map([['country:CL', 'Chile'], ['country:NO', 'Norway'], ['person:ana soto', 'Ana Soto'], ['org:customs', 'Chilean Customs'], ['place:oslo', 'Oslo']]),
    generated: '2024-04-01T10:00:00.000Z',
    ...over,
  }
}

describe('brief selection', () => {
  it('keeps the latest figure of each quantity as the headline', () => {
    const top = headlineFigures(data().figures)
    expect(top.map((f) => f.id)).toEqual(['i1'])
  })

  it('groups mentions of one cluster and prefers an occurred report', () => {
    const events = [event('a', { cluster: 'c1' }), event('b', { cluster: 'c1', status: 'occurred', when: { start: '2025-05-03', end: '2025-05-05', granularity: 'day' } })]
    const [one] = distinctEvents(events)
    expect(one!.mentions).toHaveLength(2)
    expect(one!.best.id).toBe('b')
    expect(latestEvents(distinctEvents([...events, event('c', { when: null })]), 5)).toHaveLength(1)
  })
})

describe('brief formatting', () => {
  it('formats values and intervals at their precision', () => {
    expect(formatValue(171.9e9, 'USD')).toBe('US$171.9 billion')
    expect(formatValue(230e9, 'USD', 'lower')).toBe('over US$230 billion')
    expect(formatValue(1, 'rank')).toBe('No. 1')
    expect(formatInterval('2024-01-01', '2024-09-30')).toBe('Jan–Sep 2024')
    expect(formatInterval('2022-10-30', '2022-11-02')).toBe('30 Oct – 2 Nov 2022')
  })
})

describe('renderBrief', () => {
  const html = renderBrief(data())

  it('is self-contained: inline style, no script, no external resource', () => {
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/<link[^>]+stylesheet/i)
    expect(html).not.toMatch(/src="https?:/i)
  })

  it('shows the pair, headline figures with their source and evidence, and the conflict explained', () => {
    expect(html).toContain('<h1>Chile – Norway</h1>')
    expect(html).toContain('US$2.5 billion')
    expect(html).toContain('Chilean Customs')
    expect(html).toContain('Trade between Chile and Norway reached 2.5 billion USD in 2023')
    expect(html).toContain('<strong>Trade turnover, Chile → Norway, 2023</strong>')
    expect(html).toContain('cannot all be true')
    expect(html).toContain('over US$3.9 billion')
    expect((html.match(/class="badge conflict"/g) ?? []).length).toBe(1)
    expect(html).toContain('<h3>Changes over time</h3>')
    expect(html).toContain('1 figure is stated identically by more than one document.')
  })

  it('marks planned events and draws the timeline as inline SVG', () => {
    expect(html).toContain('<span class="badge planned">planned</span>')
    expect(html).toMatch(/<svg class="timeline"[^>]*role="img"/)
    expect(html).toContain('stroke-dasharray')
  })

  it('colours each event type as the dashboard does, strain events too', () => {
    const protest = event('e3', { type: 'protest', cameo: '111', plover: 'ACCUSE', status: 'occurred', evidence: 'Norway protested over the detention of its fishing crew.' })
    const brief = renderBrief(data({ events: [...data().events, protest] }))
    for (const type of ['visit', 'relations_milestone', 'protest']) expect(brief, type).toContain(`style="background:${EVENT_COLORS[type]}"`)
    // the protest has a colour of its own, not the grey of a type without one
    expect(EVENT_COLORS.protest).not.toBe(eventColor('no_such_type'))
  })

  it('escapes text from documents and cites sources by number', () => {
    expect(html).toContain('Ties &lt;deepen&gt;')
    expect(html).not.toContain('Ties <deepen>')
    expect(html).toContain('href="#src-2"')
    expect(html).toContain('href="https://example.org/b"')
  })

  it('carries a Content-Security-Policy that lets only the inline style load', () => {
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`)
  })

  it('links a source only when its URL is http(s)', () => {
    const [a, b] = data().documents
    const hostile = renderBrief(data({ documents: [{ ...a!, url: 'javascript:alert(1)' }, { ...b!, url: 'data:text/html,x' }] }))
    expect(hostile).not.toMatch(/href="(javascript|data):/i)
    expect(hostile).toContain('<li id="src-1">Ties &lt;deepen&gt;')
  })

  it('says so when a pair has nothing yet', () => {
    const empty = renderBrief(data({ events: [], figures: [], conflicts: [], documents: [] }))
    expect(empty).toContain('No figures were extracted for this pair.')
    expect(empty).toContain('No conflicting figures or reports were detected')
  })
})

describe('sentenceAround', () => {
  it('widens a figure to the sentence that states it', async () => {
    const { sentenceAround } = await import('../../src/shared/sentence.js')
    const text = 'Ministers met in Lima. Two-way trade hit $4.2 billion in 2023, up 8%. More talks follow.'
    const at = text.indexOf('$4.2 billion')
    expect(sentenceAround(text, at, at + 12)).toBe('Two-way trade hit $4.2 billion in 2023, up 8%.')
    expect(sentenceAround(text, 0, 8)).toBe('Ministers met in Lima.')
  })
})
