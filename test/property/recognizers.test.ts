import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ENTITY_READERS, ENTITY_RECOGNIZERS, ENTITY_REFINERS } from '../../src/entities/config.js'
import { readSegments } from '../../src/entities/readers/reader.js'
import { scanDocument } from '../../src/entities/scan/document.js'
import { EVENT_RECOGNIZERS, EVENT_REFINERS } from '../../src/events/config.js'
import { FIGURE_RECOGNIZERS, FIGURE_REFINERS } from '../../src/indicators/config.js'
import type { PipelineContext } from '../../src/pipeline/context.js'
import { recognize, type Recognizer, type Refiner } from '../../src/pipeline/recognizer.js'
import { TIME_RECOGNIZERS, TIME_REFINERS } from '../../src/time/config.js'
import { anyText } from './arbitraries.js'
import { contextBefore } from './context.js'
import { expectValidSpans } from './spans.js'

/** Data only (time candidates carry a resolve function), for deep comparison. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value))

interface StageUnderTest {
  stage: string
  recognizers: readonly Recognizer<unknown>[]
  refiners: readonly Refiner<unknown>[]
}

const STAGES: StageUnderTest[] = [
  { stage: 'time', recognizers: TIME_RECOGNIZERS, refiners: TIME_REFINERS as readonly Refiner<unknown>[] },
  { stage: 'entities', recognizers: ENTITY_RECOGNIZERS, refiners: ENTITY_REFINERS as readonly Refiner<unknown>[] },
  { stage: 'events', recognizers: EVENT_RECOGNIZERS, refiners: EVENT_REFINERS as readonly Refiner<unknown>[] },
  { stage: 'indicators', recognizers: FIGURE_RECOGNIZERS, refiners: FIGURE_REFINERS as readonly Refiner<unknown>[] },
]

/** Each recognizer alone, then the whole list with its refiners: valid spans, same output twice. */
function checkStage(ctx: PipelineContext, s: StageUnderTest): void {
  for (const r of s.recognizers) {
    const first = recognize(ctx, [r])
    expectValidSpans(ctx.text, first, `${s.stage}/${r.name}`)
    expect(plain(recognize(ctx, [r]))).toEqual(plain(first))
  }
  const all = recognize(ctx, s.recognizers, s.refiners)
  expectValidSpans(ctx.text, all, `${s.stage} refined`)
  expect(plain(recognize(ctx, s.recognizers, s.refiners))).toEqual(plain(all))
}

describe('every recognizer on any text', () => {
  for (const s of STAGES) {
    it(`${s.stage}: never throws, spans valid, deterministic`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          checkStage(contextBefore(s.stage, text), s)
        }),
        { numRuns: 300 },
      )
    })
  }

  it('entities: every segment reader, never throws, spans valid, deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const ctx = contextBefore('entities', text)
        const scan = scanDocument(ctx)
        expectValidSpans(text, scan.segments, 'entities/scan')
        for (const reader of ENTITY_READERS) {
          const got = readSegments(ctx, scan, [reader])
          expectValidSpans(text, got, `entities/${reader.name}`)
          expect(readSegments(ctx, scanDocument(ctx), [reader])).toEqual(got)
        }
      }),
      { numRuns: 300 },
    )
  })
})
