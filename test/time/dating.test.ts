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

describe('document dating: stated', () => {
  it('finishes on a text that starts with a line break and has few lines', () => {
    for (const text of ['\nVietnam', '\nA\nB', '\n\n']) expect(run(text).published).toBeNull()
  })

  it('takes the container date first', () => {
    const ctx = run('The ministers met on Monday to discuss fisheries.', '2021-06-09')
    expect(ctx.published).toEqual({ start: '2021-06-09', end: '2021-06-09', basis: 'stated' })
    expect(valueOf(ctx, 'Monday')).toMatchObject({ start: '2021-06-07', end: '2021-06-07' })
  })

  it('reads a labelled date in the header, ignoring the clock time', () => {
    const ctx = run('Ports reopen after storm\nPublished 14:05, 03-Mar-2021\n\nThe harbour reopened on Tuesday after a week of closures.')
    expect(ctx.published).toEqual({ start: '2021-03-03', end: '2021-03-03', basis: 'stated' })
    expect(ctx.reference).toBe('2021-03-03')
    expect(valueOf(ctx, 'Tuesday')).toMatchObject({ start: '2021-03-02' })
  })

  it('reads a date line of names and a date', () => {
    const ctx = run('Ottawa, Canada / March 4, 2019\n\nThe prime minister met the visiting president today.')
    expect(ctx.published).toEqual({ start: '2019-03-04', end: '2019-03-04', basis: 'stated' })
    expect(valueOf(ctx, 'today')).toMatchObject({ start: '2019-03-04' })
  })

  it('reads a date line that shares its line with a byline, spaced or not', () => {
    for (const line of ['June 11, 2019 by Ana Ruiz', 'June 11, 2019by Ana Ruiz']) {
      const ctx = run(`Kenya and Tanzania reopen border post\n\n${line}\nThe two governments reopened the Namanga crossing on Monday.`)
      expect(ctx.published).toEqual({ start: '2019-06-11', end: '2019-06-11', basis: 'stated' })
    }
    // "by" inside a sentence is no byline.
    expect(run('Greece and Turkey agreed on June 11, 2019 by phone to resume talks on Monday.').published?.basis).not.toBe('stated')
  })

  it('reads a year-less dateline in the year the content points to', () => {
    const ctx = run('NAIROBI, June 3 (Reuters) - Kenya and Uganda agreed on a new rail link on Wednesday. Trade between them reached $1.1 billion in 2020.')
    expect(ctx.published).toEqual({ start: '2021-06-03', end: '2021-06-03', basis: 'stated' })
    expect(valueOf(ctx, 'Wednesday')).toMatchObject({ start: '2021-06-02' })
  })

  it.each([
    ['Ports reopen\nLast Updated : 05 Nov 2024, 08:35 AM IST\nThe port reopened.', '2024-11-05'],
    ['Ports reopen\nBy Tran Thi B | November 4, 2024\nThe port reopened.', '2024-11-04'],
    ['Ports reopen\n2024-11-05T08:35:00+07:00\nThe port reopened.', '2024-11-05'],
    ['Ports reopen\nMonday, 4 November 2024\nThe port reopened.', '2024-11-04'],
    ['Da Nang, November 4 /VNA/ - The port reopened. Cargo in 2023 rose 5% to 2 million tonnes.', '2024-11-04'],
    ['Ports reopen\nPublished on: 25/10/2023 10:20\nThe port reopened.', '2023-10-25'],
    ['Abu Dhabi [UAE], February 14 (ANI): The port reopened. Cargo in 2023 rose 5% to 2 million tonnes.', '2024-02-14'],
    ['KUALA LUMPUR, Jan 5 (Bernama) -- The port reopened after a storm in December 2023.', '2024-01-05'],
  ])('reads the header of %j', (text, day) => {
    expect(run(text).published).toEqual({ start: day, end: day, basis: 'stated' })
  })

  it('reads a labelled date in the last lines', () => {
    const body = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} of the report on fisheries talks.`).join('\n')
    const ctx = run(`Fisheries talks end\n${body}\nThe ministers met on Monday.\nStory first published: 14th March 2019`)
    expect(ctx.published).toEqual({ start: '2019-03-14', end: '2019-03-14', basis: 'stated' })
    expect(valueOf(ctx, 'Monday')).toMatchObject({ start: '2019-03-11' })
  })

  it('does not take a date inside a headline sentence for the date of the text', () => {
    const ctx = run('Leaders to meet in Lima on May 4, 2025 for border talks\nThe two presidents will sign a border accord on May 4, 2025.')
    expect(ctx.published?.basis).toBe('inferred')
  })

  it('reads a weekday after the latest fact when nothing is announced', () => {
    const ctx = run('22 March 2021, Quito: the foreign minister greets her guest.\nThe two ministers signed a trade accord on Tuesday, officials said.')
    expect(ctx.published).toEqual({ start: '2021-03-22', end: '2021-03-28', basis: 'inferred' })
    expect(valueOf(ctx, 'Tuesday')).toMatchObject({ start: '2021-03-23' })
  })

  it('reads the date next to a reporting verb as when it was said, and the rest by its own clause', () => {
    const ctx = run('Published 2024-02-10\nThe premier will visit the Gulf on February 13-14, the foreign ministry said on Saturday.')
    expect(valueOf(ctx, 'February 13-14')).toMatchObject({ start: '2024-02-13', end: '2024-02-14' })
    expect(valueOf(ctx, 'Saturday')).toMatchObject({ start: '2024-02-10' })
  })

  it('orders an ambiguous numeric header date by the content, not by itself', () => {
    const ctx = run('Leaders meet\n\n03/11/2019 | 09:12\nThe talks followed a meeting in October 2019 between the two ministers.')
    expect(ctx.published).toEqual({ start: '2019-11-03', end: '2019-11-03', basis: 'stated' })
  })

  it('orders an ambiguous numeric header date by a statistic in the content', () => {
    const ctx = run('12/10/2017 | 16:54\nIn the first nine months of 2017, trade between the two countries grew 5%.')
    expect(ctx.published).toEqual({ start: '2017-10-12', end: '2017-10-12', basis: 'stated' })
  })
})

describe('document dating: inferred', () => {
  const preview = [
    'The foreign minister of Chile will visit Peru from March 3 to 5 at the invitation of his counterpart.',
    'In January 2019, the two countries signed a fisheries accord.',
    'Trade between them reached $4.2 billion in 2018.',
    'As of February 10, Chilean firms had invested in 120 projects in Peru.',
  ].join('\n')

  it('bounds the window by the latest reported fact and the earliest upcoming event', () => {
    const ctx = run(preview)
    expect(ctx.published).toEqual({ start: '2019-02-10', end: '2019-03-03', basis: 'inferred' })
    expect(ctx.reference).toBe('2019-03-03')
    expect(valueOf(ctx, 'March 3 to 5')).toMatchObject({ start: '2019-03-03', end: '2019-03-05' })
    const reason = ctx.diagnostics.find((d) => d.ruleId === 'time:dating')
    expect(reason?.severity).toBe('info')
    expect(reason?.reason).toContain('As of February 10')
  })

  it('takes no bound from the later point of a comparison ("a month before the summit at the end of June")', () => {
    const ctx = run(
      'The two prime ministers will meet in Madrid on Tuesday, June 3. The call came days before the G7 and a month before the EU summit at the end of June, in 2025.',
    )
    expect(ctx.published).toEqual({ start: '2025-05-27', end: '2025-06-03', basis: 'inferred' })
  })

  it('reads a year by the verb before it rather than a later one ("came into force in 2023 and which will")', () => {
    const ctx = run('The envoys will meet on Friday to review the treaty that came into force in 2023 and which will be updated.')
    const reason = ctx.diagnostics.find((d) => d.ruleId === 'time:dating')?.reason
    expect(reason).toContain('"2023" (reported as past)')
  })

  it('reads an announced weekday from the earliest day an undated preview can have been written', () => {
    const ctx = run('The minister will leave for Oslo on Saturday. He will visit Norway on 21-22 May 2022. The two had spoken by phone on 16 May.')
    expect(ctx.published).toEqual({ start: '2022-05-16', end: '2022-05-21', basis: 'inferred' })
    expect(valueOf(ctx, 'Saturday')).toMatchObject({ start: '2022-05-21' })
  })

  it('reads a report of a past month or year as written after that month or year, not after its first day', () => {
    const month = run('Ghana deported 40 Nigerian traders in March 2021, officials said.')
    expect(month.published).toEqual({ start: '2021-03-01', end: '2021-04-06', basis: 'inferred' })
    const year = run('The two leaders last met in 2019, when they agreed to reopen the border.')
    expect(year.published).toEqual({ start: '2019-01-01', end: '2020-01-06', basis: 'inferred' })
  })

  it('reads a statistic for a period as published after the period', () => {
    const ctx = run('Two-way trade hit $9.1 billion in the first half of 2020, officials said.')
    expect(ctx.published).toEqual({ start: '2020-07-01', end: '2020-07-07', basis: 'inferred' })
  })

  it('moves a year-less upcoming date to the next year when it would precede a reported fact', () => {
    const ctx = run('Exports rose sharply in November 2019. The president will visit the capital on January 10.')
    expect(ctx.published).toEqual({ start: '2019-11-01', end: '2020-01-10', basis: 'inferred' })
    expect(valueOf(ctx, 'January 10')).toMatchObject({ start: '2020-01-10' })
  })

  it('ignores targets and unmarked far dates that contradict the evidence', () => {
    const ctx = run(
      'Trade reached $3 billion in the first eight months of 2023. The two sides aim for $10 billion by 2030. The minister will arrive on October 2. The anniversary in 2025 looms.',
    )
    // The eight months' figure only says "not before September": the preview is read as written in the week before the visit.
    expect(ctx.published).toEqual({ start: '2023-09-25', end: '2023-10-02', basis: 'inferred' })
  })

  it('reads a preview as written in the week before its dated event when only a coarse fact bounds it below', () => {
    const ctx = run('Trade between Peru and Chile reached $4 billion in 2022. President Boric will arrive in Lima on March 26 for a three-day visit.')
    expect(ctx.published).toEqual({ start: '2023-03-19', end: '2023-03-26', basis: 'inferred' })
    expect(ctx.diagnostics.find((d) => d.ruleId === 'time:dating')?.reason).toContain('a coarse fact')
  })

  it('reads a figure for a fiscal year labelled by one year as over by the earliest end such a year has (March)', () => {
    const ctx = run('Trade between Nepal and India rose 4 per cent to $8.1 billion in FY25, officials said. Exports grew on August 5, the ministry said.')
    expect(ctx.published).toEqual({ start: '2025-08-05', end: '2025-08-11', basis: 'inferred' })
    // Alone, the figure bounds the date from April 1 of that year.
    expect(run('Trade between Sri Lanka and India reached $5.5 billion in FY2024.').published).toEqual({ start: '2024-04-01', end: '2024-04-07', basis: 'inferred' })
  })

  it('does not read an approximate count of people as a year', () => {
    const ctx = run('New Zealand and Australia clashed over a policy under which about 2000 criminals have been deported. Some 1500 migrants were returned.')
    expect(ctx.times.map((t) => t.text)).not.toContain('2000')
    expect(ctx.times.map((t) => t.text)).not.toContain('1500')
    expect(ctx.published).toBeNull()
    // A year after "in about" is still a year.
    expect(run('Morocco and Algeria closed their border in about 1994, officials said.').times.map((t) => t.text)).toContain('1994')
  })

  it('reads a year-less date in the year where the weekday the text pairs with it agrees, not the year of one past mention', () => {
    // June 3 is a Tuesday in 2025, a Thursday in 2021.
    for (const text of [
      'The friendship treaty between Spain and Morocco was signed in 2021. The next meeting is scheduled for Tuesday, June 3 in Rabat.',
      'The accord between Ghana and Togo dates from 2021. The ministers will meet on June 3 (Tuesday) in Lomé.',
    ]) {
      const ctx = run(text)
      expect(ctx.published).toEqual({ start: '2025-05-27', end: '2025-06-03', basis: 'inferred' })
      expect(ctx.diagnostics.find((d) => d.ruleId === 'time:dating')?.reason).toContain('falls on the weekday the text gives it')
    }
    // Agreeing already: the year stays.
    expect(run('The accord was signed in 2025. The ministers will meet on Tuesday, June 3.').published?.start).toBe('2025-05-27')
  })

  it('keeps a fine reported fact as the start of a preview\'s window', () => {
    const ctx = run('The two foreign ministers spoke by phone on March 2, 2023. President Boric will arrive in Lima on March 26.')
    expect(ctx.published).toEqual({ start: '2023-03-02', end: '2023-03-26', basis: 'inferred' })
  })

  it('takes a full date in an unmarked caption as evidence, but not a month with an amount as a statistic', () => {
    const ctx = run(
      'Leaders sign port deals\n\n14 May 2021, Lima: The president receives the visiting envoy.\nIn March, the fund deposited $2 billion in the central bank.',
    )
    expect(ctx.published).toEqual({ start: '2021-05-14', end: '2021-05-20', basis: 'inferred' })
    expect(valueOf(ctx, 'March')).toMatchObject({ start: '2021-03-01', end: '2021-03-31' })
  })

  it('lets an announced year cap the window but not set its end', () => {
    const ctx = run('Trade reached $3 billion in 2022, officials said. The two sides agreed to hold the next summit in 2025.')
    expect(ctx.published).toEqual({ start: '2023-01-01', end: '2023-01-07', basis: 'inferred' })
  })

  it('leaves an undatable text undated, and its relative expressions unresolved, with diagnostics', () => {
    const ctx = run('The ministers met on Monday and agreed to meet again next month.')
    expect(ctx.published).toBeNull()
    expect(ctx.reference).toBeNull()
    expect(ctx.times.map((m) => m.value)).toEqual([null, null])
    expect(ctx.diagnostics.filter((d) => d.ruleId === 'time:unanchored')).toHaveLength(2)
    expect(ctx.diagnostics.some((d) => d.ruleId === 'time:dating' && d.severity === 'warning')).toBe(true)
  })

  it('reads weekdays by the tense of their own clause', () => {
    const ctx = run('Published: 2022-11-02\nThe envoy said on Monday that the leaders will meet on Friday.')
    expect(valueOf(ctx, 'Monday')).toMatchObject({ start: '2022-10-31' })
    expect(valueOf(ctx, 'Friday')).toMatchObject({ start: '2022-11-04' })
  })
})

describe('time mentions in a document', () => {
  it('keeps spans true to the text', () => {
    const text = 'Published 2020-01-05\nSince 2016, exports have doubled, and as of October 2019 they stood at $4 billion.'
    const ctx = run(text)
    for (const m of ctx.times) expect(text.slice(m.span.start, m.span.end)).toBe(m.text)
    expect(ctx.times.find((m) => m.text === 'as of October 2019')?.asOf).toBe(true)
    expect(valueOf(ctx, 'Since 2016')).toMatchObject({ start: '2016-01-01', end: '2020-01-05' })
  })
})

describe('document dating: a date borrowed from a companion document', () => {
  const hint = { reference: '2019-09-17', published: { start: '2019-09-10', end: '2019-09-17', basis: 'inferred' as const }, reasoning: 'the talks are dated by another report' }
  const runWith = (text: string, statedDate?: string): PipelineContext => {
    const ctx = createContext({ docId: 'd1', source: 'test.txt', text, meta: { referenceHint: hint, statedDate } })
    textStage.run(ctx)
    timeStage.run(ctx)
    return ctx
  }

  it('takes the hint when the text states no date, and says so', () => {
    const ctx = runWith('The foreign ministers will meet on Tuesday. Officials said on Monday that a deal was close.')
    expect(ctx.published).toEqual(hint.published)
    expect(ctx.reference).toBe('2019-09-17')
    expect(valueOf(ctx, 'Tuesday')).toMatchObject({ start: '2019-09-17' })
    expect(valueOf(ctx, 'Monday')).toMatchObject({ start: '2019-09-16' })
    const dating = ctx.diagnostics.filter((d) => d.ruleId === 'time:dating')
    expect(dating).toHaveLength(1)
    expect(dating[0].reason).toMatch(/^cross-document: .*the talks are dated by another report; the text alone gave no date/)
  })

  it('keeps a stated date over the hint', () => {
    const ctx = runWith('The foreign ministers will meet on Tuesday.', '2020-02-03')
    expect(ctx.published).toEqual({ start: '2020-02-03', end: '2020-02-03', basis: 'stated' })
  })
})

describe('document dating: stacked date lines, page notes and spans told as past', () => {
  it('takes the date line whose weekday checks out over a page date stacked above it', () => {
    const text = 'Daily Gazette\nNairobi, March 9th 2025 - 10:02 UTC\nKenya and Tanzania reopen border post\nTuesday, May 4th 2021 - 07:40 UTC\nThe two governments reopened the crossing on Tuesday.'
    const ctx = run(text)
    expect(ctx.published).toEqual({ start: '2021-05-04', end: '2021-05-04', basis: 'stated' })
  })

  it('reads a date line followed by a clock time and the page note of its age', () => {
    const ctx = run('June 2, 2016 / 9:15 AM / 8 years ago\nLima and Santiago sign fisheries pact\nThe ministers signed the pact on Wednesday.')
    expect(ctx.published).toEqual({ start: '2016-06-02', end: '2016-06-02', basis: 'stated' })
  })

  it('bounds an undated report by the last part of a span it tells as past, not by its first', () => {
    const ctx = run('Some 1,200 people were sent back between March 2012 and April 2019, the ministry said on Friday.')
    expect(ctx.published?.start.slice(0, 7)).toBe('2019-04')
  })

  it('does not read the years of a plan ("2021-2025") as a span already over', () => {
    const ctx = run('The two sides reviewed the 2021-2025 cooperation plan. The talks will be held on October 30.')
    expect(Number(ctx.published?.start.slice(0, 4))).toBeLessThan(2025)
  })
})
