import { describe, expect, it } from 'vitest'
import { createContext, type PipelineContext } from '../../src/pipeline/context.js'
import { textStage } from '../../src/text/stage.js'
import { timeStage } from '../../src/time/index.js'

function run(text: string, statedDate?: string): PipelineContext {
  const ctx = createContext({ docId: 'd1', source: 'test.txt', text, meta: statedDate ? { statedDate } : {} })
  textStage.run(ctx)
  timeStage.run(ctx)
  return ctx
}

const valueOf = (ctx: PipelineContext, text: string) => ctx.times.find((m) => m.text === text)?.value

describe('relative days', () => {
  it('reads parts of the day before or on the day of writing', () => {
    const ctx = run('The minister landed in Lima last evening. The talks opened this morning. Crowds gathered last night.', '2023-05-10')
    expect(valueOf(ctx, 'last evening')).toMatchObject({ start: '2023-05-09', end: '2023-05-09' })
    expect(valueOf(ctx, 'this morning')).toMatchObject({ start: '2023-05-10', end: '2023-05-10' })
    expect(valueOf(ctx, 'last night')).toMatchObject({ start: '2023-05-09', end: '2023-05-09' })
  })

  it('reads "today" in a text dated by an inferred window as that window', () => {
    const ctx = run('The presidents met in Quito on 14 March 2019, a photo caption says. "The accord we signed today matters," the president said.')
    expect(ctx.published?.basis).toBe('inferred')
    const today = valueOf(ctx, 'today')
    expect(today?.start).toBe(ctx.published?.start)
    expect(today?.end).toBe(ctx.published?.end)
  })
})

describe('vague lead times', () => {
  it('reads what a report "comes weeks ahead of" as some weeks after the day of writing', () => {
    const ctx = run('The tour comes weeks ahead of a state visit to Peru by the Chilean president.', '2023-05-10')
    expect(valueOf(ctx, 'weeks ahead of')).toEqual({ start: '2023-05-17', end: '2023-07-05', granularity: 'range' })
  })

  it('does not date the thing a past act came before', () => {
    const ctx = run('The envoy resigned weeks before the election.', '2023-05-10')
    expect(valueOf(ctx, 'weeks before')).toBeUndefined()
  })
})
