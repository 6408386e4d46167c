import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventDraft } from '../../src/events/draft.js'
import { enclosingIndex, enclosingTime } from '../../src/events/refiners/enclosing-time.js'
import { eventTime } from '../../src/events/refiners/event-time.js'
import { processDocument } from '../../src/pipeline/run.js'

// enclosingTime with its per-document index (the mains by type and by
// sentence) must answer as it does reading every main: compared on every
// undated main of long texts made of the training batteries, in the order
// and with the dating as far as event-time.ts has got when it asks.
const BATTERY = join(import.meta.dirname, '../../eval/battery')

function passages(file: string): string[] {
  return readFileSync(join(BATTERY, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text)
}

describe('enclosing-time index', () => {
  afterEach(() => vi.restoreAllMocks())

  it('gives the same time as a full scan for every undated main', () => {
    let asked = 0
    let dated = 0
    let indexed = 0
    const refine = eventTime.refine.bind(eventTime)
    vi.spyOn(eventTime, 'refine').mockImplementation((ctx, results) => {
      const mains = results.filter((d) => !d.repeatOf).sort((a, b) => a.span.start - b.span.start)
      const index = enclosingIndex(mains)
      if (index) indexed++
      for (let i = 0; i < mains.length; i++) {
        if (mains[i].when) continue
        const full = enclosingTime(ctx, mains[i], mains)
        expect(enclosingTime(ctx, mains[i], mains, index)).toEqual(full)
        asked++
        if (full) {
          dated++
          mains[i] = { ...mains[i], when: full, whenBasis: 'inherited' } satisfies EventDraft
        }
      }
      return refine(ctx, results)
    })
    const texts = ['coop.jsonl', 'strain.jsonl', 'train2.jsonl'].flatMap(passages)
    // Long documents of 50 passages: many mains per text, visits and talks among them.
    for (let n = 0; n < texts.length; n += 50) {
      processDocument({ docId: `d${n}`, source: `battery-${n}.txt`, text: texts.slice(n, n + 50).join('\n\n'), meta: { statedDate: '2024-06-01' } })
    }
    expect(indexed).toBeGreaterThan(5)
    expect(asked).toBeGreaterThan(50)
    expect(dated).toBeGreaterThan(20)
  }, 120_000)

  it('is not built for mains out of text order, and a lookup then reads every main', () => {
    const draft = (start: number, sentence: number): EventDraft =>
      ({
        type: 'meeting',
        actors: [],
        host: null,
        place: null,
        when: null,
        ownTime: false,
        status: 'occurred',
        explicitStatus: false,
        count: null,
        span: { start, end: start + 5 },
        trigger: { start, end: start + 1 },
        sentence,
        ruleId: 'x',
      }) as EventDraft
    expect(enclosingIndex([draft(0, 0), draft(10, 1)])).not.toBeNull()
    expect(enclosingIndex([draft(10, 0), draft(0, 1)])).toBeNull()
    expect(enclosingIndex([draft(0, 1), draft(10, 0)])).toBeNull()
  })
})
