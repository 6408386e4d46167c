import { describe, expect, it } from 'vitest'
import type { ReferenceHint } from '../../src/model/types.js'
import { createContext, type PipelineContext } from '../../src/pipeline/context.js'
import { textStage } from '../../src/text/stage.js'
import { timeStage } from '../../src/time/index.js'

function run(text: string, referenceHint: ReferenceHint | null = null): PipelineContext {
  const ctx = createContext({ docId: 'd1', source: 'test.txt', text, meta: { referenceHint } })
  textStage.run(ctx)
  timeStage.run(ctx)
  return ctx
}

/** A year lent as src/resolve/dating.ts pairYear lends it. */
const lent = (year: number): ReferenceHint => ({
  year,
  reference: `${year}-12-31`,
  published: { start: `${year}-01-01`, end: `${year}-12-31`, basis: 'inferred' },
  reasoning: 'the dated documents of its pair were all written in that year (test)',
})

/** What the time stage gives the later stages. */
const read = (ctx: PipelineContext) => JSON.stringify([ctx.published, ctx.reference, ctx.times, ctx.diagnostics, ctx.firstDays])

/** The years of the text's own window that leave its time stage's output as it is, found by running it with each. */
function idleByRunning(text: string): number[] {
  const own = run(text)
  const [first, last] = [Number(own.published!.start.slice(0, 4)), Number(own.published!.end.slice(0, 4))]
  const idle: number[] = []
  for (let year = first; year <= last; year++) if (read(run(text, lent(year))) === read(own)) idle.push(year)
  return idle
}

// Own sentences; the titles date each text to a window of years.
const TEXTS = {
  // Dated facts from long before the titles: no lent year is taken.
  background:
    'Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan spoke about the Namanga border crossing. The crossing was rebuilt in 2009, when engineers finished the new bridge on Sept. 28.',
  // A year-less day and nothing else dated: a lent year is taken unless the day, read in it, falls outside the titles' period.
  yearless: 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on March 3, and they agreed to reopen the Namanga road.',
  // An announced day: read in a lent year, it caps the window.
  announced: 'Colombian President Gustavo Petro will visit Quito on June 18, Ecuadorian President Daniel Noboa said after the two spoke.',
}

describe('the years a lent year would not change a date (WindowFacts.yearsLentIdle)', () => {
  it('are exactly the years of the window whose lending leaves the time stage as it is', () => {
    for (const [name, text] of Object.entries(TEXTS)) {
      expect([...run(text).yearsLentIdle], name).toEqual(idleByRunning(text))
    }
  })

  it('are every year for background facts, and only the years outside the titles for days without their year', () => {
    expect([...run(TEXTS.background).yearsLentIdle]).toEqual([2022, 2023, 2024, 2025, 2026])
    // Ruto took office on 2022-09-13: March 3, 2022 is before it.
    expect([...run(TEXTS.yearless).yearsLentIdle]).toEqual([2022])
    // Noboa took office on 2023-11-23: a visit on June 18, 2023 was announced before it.
    expect([...run(TEXTS.announced).yearsLentIdle]).toEqual([2023])
  })
})
