import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { processDocument } from '../../src/pipeline/run.js'
import { uniqueRecordIds } from '../../src/store/record-ids.js'
import type { Extraction } from '../../src/model/types.js'
import { resolveTimeText } from '../../src/time/index.js'
import { contentHash, documentId } from '../../src/util/ids.js'
import { anyText, newsText } from './arbitraries.js'
import { expectValidSpans } from './spans.js'

/** Record ids in the order the store assigns them (src/store/write-document.ts). */
function recordIds(doc: string, x: Extraction): string[] {
  const ids = uniqueRecordIds(doc)
  return [
    ...x.times.map((t) => ids('time', t.span, t.ruleId)),
    ...x.entities.map((m) => ids('mention', m.span, m.key)),
    ...x.events.map((e) => ids('event', e.span, e.type)),
    ...x.indicators.map((i) => ids('indicator', i.span, `${i.indicator}|${i.value}`)),
  ]
}

function run(text: string): Extraction {
  const id = documentId(contentHash(text))
  return processDocument({ docId: id, source: 'prop.txt', text })
}

describe('the whole pipeline on any text', () => {
  it('never throws; every span is a valid range on character boundaries', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const x = run(text)
        expectValidSpans(text, x, 'extraction')
        for (const t of x.times) expect(t.text).toBe(text.slice(t.span.start, t.span.end))
        for (const e of x.events) {
          expect(e.trigger.start).toBeGreaterThanOrEqual(e.span.start)
          expect(e.trigger.end).toBeLessThanOrEqual(e.span.end)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('is deterministic: two runs deep-equal, same record ids', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const a = run(text)
        const b = run(text)
        expect(b).toEqual(a)
        const id = documentId(contentHash(text))
        const ids = recordIds(id, a)
        expect(recordIds(id, b)).toEqual(ids)
        expect(new Set(ids).size).toBe(ids.length)
      }),
      { numRuns: 150 },
    )
  })

  it('gives the same result after other documents ran (no state kept between documents)', () => {
    fc.assert(
      fc.property(newsText, fc.array(newsText, { minLength: 1, maxLength: 3 }), (text, others) => {
        
        const alone = run(text)
        for (const o of others) run(o)
        expect(run(text)).toEqual(alone)
      }),
      { numRuns: 60 },
    )
  })
})

describe('resolveTimeText on any text', () => {
  const reference = fc.option(
    fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  )
  const tense = fc.constantFrom(undefined, 'past' as const, 'future' as const)

  it('never throws; valid spans; values are ordered ISO days; deterministic', () => {
    fc.assert(
      fc.property(anyText, reference, tense, (text, ref, t) => {
        const options = t ? { tense: t } : {}
        const got = resolveTimeText(text, ref, options)
        expectValidSpans(text, got, 'resolveTimeText')
        for (const m of got) {
          expect(m.text).toBe(text.slice(m.span.start, m.span.end))
          if (m.value) {
            expect(m.value.start).toMatch(/^\d{4}-\d{2}-\d{2}$/)
            expect(m.value.end).toMatch(/^\d{4}-\d{2}-\d{2}$/)
            expect(m.value.start <= m.value.end).toBe(true)
          }
        }
        expect(resolveTimeText(text, ref, options)).toEqual(got)
      }),
      { numRuns: 300 },
    )
  })
})
