import { describe, expect, it } from 'vitest'
import { createContext, type PipelineContext } from '../../src/pipeline/context.js'
import { textStage } from '../../src/text/stage.js'
import { officeMentions } from '../../src/time/dating/office-mentions.js'
import { TERMS_BY_NAME } from '../../src/time/dating/office-terms.js'
import { timeStage } from '../../src/time/index.js'

function run(text: string): PipelineContext {
  const ctx = createContext({ docId: 'd1', source: 'test.txt', text, meta: {} })
  textStage.run(ctx)
  timeStage.run(ctx)
  return ctx
}

function runWith(text: string, referenceHint: NonNullable<Parameters<typeof createContext>[0]['meta']>['referenceHint']): PipelineContext {
  const ctx = createContext({ docId: 'd1', source: 'test.txt', text, meta: { referenceHint } })
  textStage.run(ctx)
  timeStage.run(ctx)
  return ctx
}

const dating = (ctx: PipelineContext) => ctx.diagnostics.find((d) => d.ruleId === 'time:dating')?.reason ?? ''
const valueOf = (ctx: PipelineContext, text: string) => ctx.times.find((m) => m.text === text)?.value

describe('office terms: who held which title when', () => {
  it('knows a person by full name and by the surname news uses alone, with every term', () => {
    expect(TERMS_BY_NAME.get('anthony albanese')?.[0]).toMatchObject({ country: 'AU', office: 'head_of_government' })
    expect(TERMS_BY_NAME.get('albanese')).toEqual(TERMS_BY_NAME.get('anthony albanese'))
    const trump = TERMS_BY_NAME.get('donald trump')!.filter((t) => t.office === 'head_of_state')
    expect(trump.length).toBe(2)
  })
})

describe('office mentions: a person named under a title held while the text is written', () => {
  it('reads the title before the name, with its country before or after', () => {
    const text = 'Indonesian President Prabowo Subianto met the Prime Minister of Australia Anthony Albanese; Chancellor Merz was absent.'
    const found = officeMentions(text).map((m) => m.text)
    expect(found).toContain('Prabowo Subianto')
    expect(found).toContain('Anthony Albanese')
  })

  it('reads a title set off by a comma, and the titles of an organization apart from a government', () => {
    expect(officeMentions('An invitation from the Taoiseach, Simon Harris, was accepted.').map((m) => m.text)).toEqual(['Simon Harris'])
    const nato = officeMentions('NATO Secretary-General Mark Rutte arrived in Vilnius.')[0]!
    expect(nato.terms.map((t) => t.office)).toEqual(['organization'])
    const dutch = officeMentions('Dutch Prime Minister Mark Rutte arrived in Vilnius.')[0]!
    expect(dutch.terms.every((t) => t.country === 'NL')).toBe(true)
  })

  it('leaves out who someone was or will be, and a name with no title', () => {
    for (const text of [
      'Former President Donald Trump spoke in Florida.',
      'The then-President Barack Obama visited Hanoi.',
      'President-elect Donald Trump named his cabinet.',
      'Vice President Joe Biden toured the plant.',
      'Anthony Albanese spoke to reporters.',
    ])
      expect(officeMentions(text)).toEqual([])
  })
})

describe('document dating from titles', () => {
  it('dates a text whose only dated fact is background by the terms of the titled people it names', () => {
    const ctx = run(
      'Prime Minister Anthony Albanese welcomed Indonesian President Prabowo Subianto to Sydney on Wednesday.\n' +
        'The two countries signed a security pact in 2006.',
    )
    expect(ctx.published?.start).toBe('2024-10-20')
    expect(ctx.published?.basis).toBe('inferred')
    expect(dating(ctx)).toContain('background')
    // "Wednesday" is a Wednesday somewhere in that window, not the one before its last day.
    const wednesday = valueOf(ctx, 'Wednesday')!
    expect(wednesday.granularity).toBe('range')
    expect(wednesday.start <= '2024-10-20' && wednesday.end >= '2026-01-01').toBe(true)
  })

  it("reads a date without its year in the one year of the titles' period where it falls on the weekday given with it", () => {
    // November 11 is a Tuesday in 2025 alone between October 2024 and December 2026.
    const ctx = run('Indonesian President Prabowo Subianto arrived in Canberra on Tuesday, Nov. 11, for talks on maritime security.')
    expect(ctx.published?.start).toBe('2025-11-11')
    expect(dating(ctx)).toContain('the one year in the period of its titles')
  })

  it('dates a text with no date at all by the titles alone', () => {
    const ctx = run('President Luiz Inácio Lula da Silva received Prime Minister Narendra Modi in Brasília on Monday.')
    expect(ctx.published?.start).toBe('2023-01-01')
    expect(dating(ctx)).toContain('only titles date it')
  })

  it('keeps the window of a text whose own facts fall in the terms', () => {
    const ctx = run('President Lula arrived in Beijing on April 12, 2023, and met President Xi Jinping on Friday.')
    expect(ctx.published?.start).toBe('2023-04-12')
    expect(dating(ctx)).not.toContain('titles')
  })

  it('reads a second term by the company it keeps: Trump with Lula is the second term', () => {
    const ctx = run('President Donald Trump and President Lula held a meeting on Sunday, after a tariff row that began in 2019.')
    expect(ctx.published?.start).toBe('2025-01-20')
  })

  it('leaves out a title given in a retrospective, whose term meets no other', () => {
    const ctx = run('President Joe Biden hosted Prime Minister Narendra Modi on Thursday. President Barack Obama had hosted him too.')
    expect(ctx.published?.start).toBe('2021-01-20')
    expect(ctx.published?.end).toBe('2025-01-20')
    expect(dating(ctx)).toContain('left out')
  })

  it('leaves out a term over before the earliest fact the text reports', () => {
    // Tusk was prime minister until 2014 and again from December 2023: a story recalling 2015 is of the second term.
    const ctx = run('Polish Prime Minister Donald Tusk ordered checks on Monday at crossings with Germany.\nGermany first brought in its own checks in 2015.')
    expect(ctx.published?.start).toBe('2023-12-13')
  })

  it('takes a day without its year, announced, for no bound against the titles', () => {
    // "October 24" is read in the year of the recalled facts; it does not hold the text in 2020.
    const ctx = run(
      'External Affairs Minister S Jaishankar met Pakistan Prime Minister Shehbaz Sharif on Tuesday.\nThe corridor opened in March 2020 and the pact will lapse on October 24.',
    )
    expect(ctx.published?.start).toBe('2022-04-11')
  })

  it('narrows a window the facts leave wide to the terms', () => {
    const ctx = run('Prime Minister Keir Starmer will travel to Dublin on March 3, 2025.\nThe two governments signed a fisheries accord in June 2019.')
    expect(ctx.published).toMatchObject({ start: '2024-07-05', end: '2025-03-03' })
    expect(dating(ctx)).toContain('narrowed')
  })

  it('takes a year lent by the documents of its pair only within the terms', () => {
    const text = 'Prime Minister Justin Trudeau met President Joe Biden on Jan. 5 in Mexico City.'
    const lend = (year: number) => ({
      year,
      published: { start: `${year}-01-01`, end: `${year}-12-31`, basis: 'inferred' as const },
      reference: `${year}-12-31`,
      reasoning: `the documents of its pair were written in ${year}`,
    })
    const within = runWith(text, lend(2023))
    expect(within.published?.start).toBe('2023-01-05')
    const outside = runWith(text, lend(2026))
    expect(outside.published).toMatchObject({ start: '2021-01-20', end: '2025-01-20' })
  })
})
