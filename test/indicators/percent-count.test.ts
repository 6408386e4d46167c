import { describe, expect, it } from 'vitest'
import { processDocument } from '../../src/pipeline/run.js'
import { figures, only } from './helpers.js'

const opts = { reference: '2022-10-15' }

describe('percentages and growth', () => {
  it.each([
    ['Trade between Brazil and Argentina reached $30 billion in 2021, up 10.8 percent over 2020.', 10.8],
    ['Trade between Brazil and Argentina increased by 30.31% in 2021.', 30.31],
    ['In 2021 trade between Brazil and Argentina rose 24.6% on-year.', 24.6],
    ['Trade between Brazil and Argentina in 2021 saw an increase of 30.31 per cent compared to the previous year.', 30.31],
    ['Trade between Brazil and Argentina fell 4.5% in 2021.', -4.5],
  ])('%s', (text, value) => {
    const m = only(figures(text, opts), 'growth_pct')
    expect(m.value).toBe(value)
    expect(m.unit).toBe('percent')
    expect(m.period).toEqual({ start: '2021-01-01', end: '2021-12-31' })
    expect(new Set([m.subject, m.counterpart])).toEqual(new Set(['country:BR', 'country:AR']))
  })

  it('never takes a page date label on the same line as the period of a figure (whole pipeline: the time stage reads the label)', () => {
    const text = ' date 2022-09-07 Brazil and Argentina trade in eight months was 20,5% down, year on year\n\nThe figures came from the ministry.'
    const out = processDocument({ docId: 'd', source: 'label.txt', text })
    const m = only(out.indicators, 'growth_pct')
    expect(m.value).toBe(-20.5)
    expect(m.period).not.toEqual({ start: '2022-09-07', end: '2022-09-07' })
    expect(m.period).toEqual({ start: '2022-01-01', end: '2022-12-31' })
  })

  it('never takes the comparison base as the period', () => {
    const list = figures('In the first eight months of this year, trade between Brazil and Argentina hit $20.5 billion, up 7% from 2021.', opts)
    for (const m of list) expect(m.period).toEqual({ start: '2022-01-01', end: '2022-08-31' })
    expect(list.map((m) => m.indicator)).toEqual(['trade_turnover', 'growth_pct'])
  })

  it('reads "rose 6% from 2020 to 2021, to $14 billion" as the later year, not as a comparison base', () => {
    const list = figures('Trade between Brazil and Argentina rose 6% from 2020 to 2021, to more than $14 billion.', opts)
    expect(list.map((m) => [m.indicator, m.period])).toEqual([
      ['growth_pct', { start: '2021-01-01', end: '2021-12-31' }],
      ['trade_turnover', { start: '2021-01-01', end: '2021-12-31' }],
    ])
  })

  it('takes the year after "since <an occasion> in" for a starting point, not the period', () => {
    const text =
      'In 2021, Brazil exported $9 billion to Argentina. The value of this trade – $15 billion – has tripled since Lula’s first visit to Buenos Aires in 2003.'
    expect(figures(text, opts).map((m) => [m.value, m.period])).toEqual([
      [9e9, { start: '2021-01-01', end: '2021-12-31' }],
      [15e9, { start: '2021-01-01', end: '2021-12-31' }],
    ])
  })

  it('reads the point a record is measured from ("the lowest since March 2016") as no period of the figure', () => {
    const text = 'In August, Kenya’s exports to Uganda fell 12 percent to $48 million, the lowest since March 2016.'
    expect(figures(text, opts).map((m) => [m.indicator, m.period])).toEqual([
      ['growth_pct', { start: '2022-08-01', end: '2022-08-31' }],
      ['exports', { start: '2022-08-01', end: '2022-08-31' }],
    ])
  })

  it('reads "the past nine months" as the whole months before the reference month', () => {
    const list = figures('Brazil’s exports to Argentina over the past nine months stood at $9.1 billion.', opts)
    expect(list.map((m) => [m.indicator, m.period])).toEqual([['exports', { start: '2022-01-01', end: '2022-09-30' }]])
  })

  it('reads a share of exports', () => {
    const m = only(figures('In 2021, shipments to Argentina accounted for 12.5% of Brazil’s total exports.', opts), 'export_share')
    expect(m.value).toBe(12.5)
  })

  it('gives nothing for a percentage with no bilateral meaning', () => {
    expect(figures('Argentina’s public debt stands at around 85% of gross domestic product.', opts)).toEqual([])
    expect(figures('Brazil’s GDP grew 2.9% in 2022 while inflation rose 5.8%.', opts)).toEqual([])
    expect(figures('Brazilian tourists made up 19% of all foreign visitors to Argentina last year.', opts)).toEqual([])
  })
})

describe('counts', () => {
  it('counts investment projects and registered capital as of a date', () => {
    const list = figures('As of August 20, South Korea had 4,965 valid projects in Mongolia with a total registered capital of $2.1 billion.', opts)
    const projects = only(list, 'fdi_projects')
    expect(projects.value).toBe(4965)
    expect(projects.unit).toBe('count')
    expect(projects.period).toEqual({ as_of: '2022-08-20' })
    expect(projects.subject).toBe('country:KR')
    expect(projects.counterpart).toBe('country:MN')
    expect(only(list, 'fdi_registered').value).toBe(2_100_000_000)
  })

  it('counts vaccine doses donated, sold and pledged', () => {
    const text =
      'Germany has been a major supplier of vaccines for Ghana, with 7.3 million doses in donation and about 12 million doses in sales as of late 2021. ' +
      'In July 2022, Germany said it would send Ghana an additional 2 million doses.'
    const list = figures(text, opts)
    expect(list.map((m) => [m.indicator, m.value, m.unit, m.bound])).toEqual([
      ['vaccine_doses_donated', 7_300_000, 'doses', 'exact'],
      ['vaccine_doses_sold', 12_000_000, 'doses', 'approx'],
      ['vaccine_doses_pledged', 2_000_000, 'doses', 'exact'],
    ])
    expect(list[0].period).toEqual({ as_of: '2021-12-31' })
    expect(list[2].period).toEqual({ start: '2022-07-01', end: '2022-07-31' })
  })

  it('counts meetings of a mechanism, as of the document date', () => {
    const text =
      'The two governments set up a Joint Commission on Trade in March 2009, with 14 meetings held so far. ' +
      'The two parties also hold theory seminars, with 16 workshops held to date.'
    const list = figures(text, {
      ...opts,
      entities: [
        ['Joint Commission on Trade', 'mechanism', 'org:joint commission on trade'],
        ['Workers’ Party of Korea', 'party', 'org:wpk'],
        ['Lao People’s Revolutionary Party', 'party', 'org:lprp'],
      ],
    })
    const meetings = list.filter((m) => m.indicator === 'mechanism_meetings')
    expect(meetings.map((m) => m.value)).toEqual([14, 16])
    expect(meetings[0].subject).toBe('org:joint commission on trade')
    expect(meetings[0].period).toEqual({ as_of: '2022-10-15' })
  })

  it('counts the meetings a mechanism has held, not the times leaders met', () => {
    const entities = [['Joint Economic Committee', 'mechanism', 'org:joint economic committee']] as const
    const list = figures('Since 2020 the Joint Economic Committee of Fiji and Samoa has met five times.', { ...opts, entities })
    expect(list.map((m) => [m.indicator, m.value, m.subject])).toEqual([['mechanism_meetings', 5, 'org:joint economic committee']])
    expect(figures('The presidents of Fiji and Samoa have met five times since 2020.', opts)).toEqual([])
  })

  it('reads doses with a modifier containing digits', () => {
    const list = figures('In 2021, Canada donated 10.5 million COVID-19 vaccine doses to Haiti.', opts)
    expect(list.map((m) => [m.indicator, m.value])).toEqual([['vaccine_doses_donated', 10_500_000]])
  })

  it('reads number words', () => {
    const m = only(figures('By the end of June 2022, Chile had five investment projects in Bolivia.', opts), 'fdi_projects')
    expect(m.value).toBe(5)
    expect(m.period).toEqual({ as_of: '2022-06-30' })
  })
})

describe('growth told in the sentence after its figure, and reached versus capped', () => {
  it('reads "This is an increase of N per cent" as the growth of the flow the sentence before gave', () => {
    const text = 'Trade between Kenya and Tanzania reached $1.2 billion in 2023. This is an increase of 12 per cent over 2022.'
    const growth = only(figures(text, opts), 'growth_pct')
    expect(growth.value).toBe(12)
    expect(new Set([growth.subject, growth.counterpart])).toEqual(new Set(['country:KE', 'country:TZ']))
  })

  it('leaves a percentage after an unrelated sentence alone', () => {
    const text = 'The two presidents met in Arusha in 2023. This is a rise of 12 per cent in visitors to the park.'
    expect(figures(text, opts).filter((m) => m.indicator === 'growth_pct')).toHaveLength(0)
  })

  it('reads "went up to" as reached (exact) and "did not exceed" as a ceiling', () => {
    const reached = only(figures('Trade between Brazil and Argentina went up to $28 billion in 2021.', opts), 'trade_turnover')
    expect(reached.bound).toBe('exact')
    const capped = only(figures('Trade between Brazil and Argentina did not exceed $2 billion in 2013.', opts), 'trade_turnover')
    expect(capped.bound).toBe('upper')
    const over = only(figures('Trade between Brazil and Argentina exceeded $2 billion in 2013.', opts), 'trade_turnover')
    expect(over.bound).toBe('lower')
  })
})

describe('growth told after the figure, and documents signed', () => {
  it('reads "was 20,5% down" (a decimal comma, the direction after) as a fall', () => {
    expect(only(figures('Trade between Chile and Peru in eight months was 20,5% down, year on year.', opts), 'growth_pct').value).toBe(-20.5)
  })

  it.each([
    ['Chile and Peru signed 12 trade and investment agreements on Monday.', 'agreements_signed', 12],
    ['The ministers witnessed the signing of three memoranda of understanding between Chile and Peru.', 'agreements_signed', 3],
    ['Chile and Peru are expected to sign nine agreements during the visit.', 'agreements_expected', 9],
  ])('%s', (text, indicator, value) => {
    expect(only(figures(text, opts), indicator).value).toBe(value)
  })

  it('counts no agreements where nothing is signed, and no meetings in a name ("the Group of 20 meetings")', () => {
    expect(figures('Chile and Peru have 12 agreements on fisheries.', opts)).toEqual([])
    expect(figures('The Group of 20 meetings were held in Lima.', opts)).toEqual([])
  })
})
