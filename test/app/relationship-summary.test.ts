// The relationship summary of the seed pair: the one read behind the
// overview, the brief and `dyad summary --pair`.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relationshipSummary, type RelationshipSummary } from '../../src/app/relationship/index.js'
import { contactsText, occasionsOf } from '../../src/app/relationship/events.js'
import type { DistinctEvent } from '../../src/app/relationship/distinct.js'
import { listIndicators } from '../../src/app/query/index.js'
import { creditLine, documentOutlet } from '../../src/app/outlet.js'
import { openStore, type Store } from '../../src/store/index.js'
import { ingestPaths } from '../../src/app/ingest.js'

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/vietnam-china', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'dyad-relationship-'))
let store: Store
let summary: RelationshipSummary

describe.skipIf(!existsSync(CORPUS))('where the seed relationship stands', () => {
  beforeAll(async () => {
    store = await openStore(join(dir, 'seed.db'))
    await ingestPaths(store, [CORPUS])
    summary = await relationshipSummary(store.db, 'VN,CN')
  }, 120_000)
  afterAll(async () => {
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('leads with national figures only, newest first, as sentences naming who states them', async () => {
    const figures = new Map((await listIndicators(store.db, { pair: 'VN,CN' })).map((f) => [f.id, f]))
    expect(summary.headline.length).toBeGreaterThanOrEqual(4)
    for (const h of summary.headline) {
      const f = figures.get(h.id)!
      expect([f.subject, f.counterpart].sort()).toEqual(['country:CN', 'country:VN'])
      expect(h.sentence).toMatch(/\(.+\)\.$/)
    }
    expect(summary.headline.map((h) => h.sentence).join(' ')).not.toMatch(/Chongqing|Yunnan/)
    expect(summary.headline[0]!.sentence).toBe('Trade between Vietnam and China was US$148.6 billion in Jan–Sep 2024, up from over US$120 billion in Jan–Sep 2023 (VNS).')
  })

  it('writes contacts, agreements, the one real conflict, counts over a span and the balance, each with sources', () => {
    const topics = summary.statements.map((s) => s.topic)
    expect(topics).toEqual(['contacts', 'planned', 'agreements', 'figures', 'conflicts', 'counts', 'balance'])
    const text = (t: string) => summary.statements.find((s) => s.topic === t)!.text
    expect(text('contacts')).toMatch(/^Most recent high-level contacts: Tô Lâm's visit to China \(Aug 2024\)/)
    // one summit during a visit reads 'at a summit', never 'at 1 summit'
    expect(text('contacts')).toContain("Võ Văn Thưởng's visit to China, at a summit (Oct 2023)")
    expect(text('contacts')).not.toMatch(/\bat 1 summit/)
    expect(text('conflicts')).toMatch(/^Sources disagree on trade turnover for 2021: US\$165\.8 billion .* against over US\$230 billion/)
    expect(summary.statements.filter((s) => s.topic === 'conflicts')).toHaveLength(1)
    expect(text('counts')).toContain('14 meetings')
    // the three summits of one planned trip and the trip's visit are one occasion, told once
    expect(text('planned')).toBe("Planned: Phạm Minh Chính's visit to China, at 3 summits (5–8 Nov 2024).")
    expect(text('balance')).toMatch(/none records strain/)
    // planned events are counted here, unlike in the monthly balance of what occurred: the sentence says so
    expect(text('balance')).toMatch(/^\d+ of \d+ coded events, planned ones included, are cooperation/)
    for (const s of summary.statements.filter((x) => x.topic !== 'balance')) expect(s.docs.length, s.topic).toBeGreaterThan(0)
  })

  it('opens the timeline where the events are and names each source with outlet and date', () => {
    expect(summary.focus!.from > '2010').toBe(true)
    expect(summary.tallies.map((t) => t.text)).toEqual([expect.stringMatching(/^14 meetings/), expect.stringMatching(/^4 phone calls/)])
    expect(summary.sources.map((s) => s.outlet)).toEqual(['VNA/VNS', 'VNS', null, null, 'VNA/VLLF'])
    expect(summary.sources.every((s) => s.published)).toBe(true)
  })
})

describe('contacts told once per occasion', () => {
  const contact = (key: string, type: string, start: string, end: string, actors: string[], host: string | null = null, status = 'occurred') =>
    ({ key, best: { id: key, type, when: { start, end, granularity: 'day' }, status, actors, host, cameo: '040' }, mentions: [] }) as unknown as DistinctEvent
  const names: Record<string, string> = { 'person:ana ruiz': 'Ana Ruiz', 'person:luis vega': 'Luis Vega', 'person:eva sol': 'Eva Sol', 'country:AR': 'Argentina', 'country:CL': 'Chile' }
  const name = (k: string | null | undefined) => (k ? names[k] ?? k : '')

  it('joins a visit, the talks held on it and a meeting of the same minister into one phrase over their interval', () => {
    const visit = contact('v', 'visit', '2024-03-04', '2024-03-04', ['person:ana ruiz', 'country:AR'], 'country:CL')
    const talks = contact('t', 'talks', '2024-03-04', '2024-03-04', ['person:ana ruiz', 'person:luis vega'])
    const meeting = contact('m', 'meeting', '2024-03-03', '2024-03-04', ['person:luis vega', 'person:ana ruiz'])
    const other = contact('o', 'talks', '2024-01-10', '2024-01-10', ['person:eva sol', 'country:CL'])
    expect(occasionsOf([visit, talks, meeting, other]).map((g) => g.map((d) => d.key))).toEqual([['v', 't', 'm'], ['o']])
    expect(contactsText([visit, talks, meeting, other], name)).toBe("Ana Ruiz's visit to Chile, meeting Luis Vega (3–4 Mar 2024); talks between Eva Sol and Chile (10 Jan 2024)")
  })

  it('keeps apart contacts of the same person weeks apart, and a plan from what happened', () => {
    const march = contact('a', 'talks', '2024-03-04', '2024-03-04', ['person:ana ruiz', 'person:luis vega'])
    const may = contact('b', 'talks', '2024-05-20', '2024-05-20', ['person:ana ruiz', 'person:luis vega'])
    const plan = contact('c', 'visit', '2024-03-05', '2024-03-05', ['person:ana ruiz'], 'country:CL', 'planned')
    expect(occasionsOf([march, may, plan])).toHaveLength(3)
  })
})

describe('outlet of a document', () => {
  it('takes the site name, then a credit line, then the host', () => {
    expect(documentOutlet({ url: 'https://www.fjordwire.no/a', meta: JSON.stringify({ siteName: 'Fjord Wire' }) })).toBe('Fjord Wire')
    expect(documentOutlet({ url: 'https://www.fjordwire.no/a', meta: null, tail: 'The talks end on Friday. — FWN' })).toBe('FWN')
    expect(documentOutlet({ url: 'https://www.fjordwire.no/a', meta: '{}' })).toBe('fjordwire.no')
    expect(documentOutlet({ url: null, head: 'OSLO (Fjord Wire) - Ministers met.', tail: 'They met.' })).toBe('Fjord Wire')
  })

  it('reads a dateline below the headline, a byline naming an agency, an agency credit closing the text', () => {
    expect(creditLine('date 2024-02-01 Fiji and Tonga agree on a fisheries patrol\nSUVA, Feb 1 (Pacnews) -- The two governments said...', 'They met.')).toBe('Pacnews')
    expect(creditLine('Contact Us\n\nMalta and Tunisia discuss ferries\n\nThe ministers met in Valletta.\n\nMaghreb Press Agency AFRICA\nPublished May 3, 2024\n', 'They met.')).toBe('Maghreb Press Agency')
    expect(creditLine('', 'Laos and Thailand opened the bridge on Friday. (Lanexang News Agency)')).toBe('Lanexang News Agency')
  })

  it('takes no outlet from a bare place in parentheses or an agency quoted in the body', () => {
    expect(creditLine('(TUNIS) — Tunisia and Malta met.', 'They met.')).toBeNull()
    expect(creditLine('Malta and Tunisia discuss ferries\nThe talks went well, the Valletta-based Island News Agency reported.', 'They met.')).toBeNull()
  })

  it('skips page furniture and photo credits', () => {
    expect(creditLine('', 'Ministers met in Lima. ANDINA/LN\n\nback to top')).toBe('ANDINA/LN')
    expect(creditLine('', 'The ministers pose in Lima, May 2, 2023. /Andina)\n\nSearch Trends')).toBeNull()
  })
})

describe('trend of a rank', () => {
  it('calls a better (lower) rank up and a worse one down', async () => {
    const { nationalHeadline } = await import('../../src/app/relationship/figures.js')
    const f = (id: string, value: number, year: string) => ({ id, doc: 'd', source_doc: 's', evidence: '', pair: null, conflicts: [], agreements: [], series: [], indicator: 'investor_rank', subject: 'country:CL', counterpart: 'country:NO', scope: null, value, unit: 'rank', bound: 'exact' as const, period: { start: `${year}-01-01`, end: `${year}-12-31` }, source: null, span: { start: 0, end: 1 }, ruleId: 'r' })
    expect(nationalHeadline([f('a', 7, '2024'), f('b', 4, '2023')], ['country:CL', 'country:NO'])[0]!.trend).toBe('down')
    expect(nationalHeadline([f('a', 2, '2024'), f('b', 4, '2023')], ['country:CL', 'country:NO'])[0]!.trend).toBe('up')
  })
})
