import { describe, expect, it } from 'vitest'
import { figures, only } from './helpers.js'

const opts = { reference: '2024-05-20' }

describe('money figures', () => {
  it.each([
    ['Two-way trade between Thailand and Japan reached 171.9 billion USD in 2023.', 171_900_000_000, 'USD'],
    ['Two-way trade between Thailand and Japan reached USD 1.4 billion in 2023.', 1_400_000_000, 'USD'],
    ['Two-way trade between Thailand and Japan reached US$171.9 billion in 2023.', 171_900_000_000, 'USD'],
    ['Two-way trade between Thailand and Japan reached $29.9 billion in 2023.', 29_900_000_000, 'USD'],
    ['Two-way trade between Thailand and Japan reached US$ 15 billion in 2023.', 15_000_000_000, 'USD'],
    ['Bilateral trade between Laos and Vietnam hit VND 3 trillion in 2023.', 3_000_000_000_000, 'VND'],
    ['Bilateral trade between Nepal and India stood at Rs 5,000 crore in 2023.', 50_000_000_000, 'INR'],
    ['Bilateral trade between Oman and the United Arab Emirates was AED 1bn in 2023.', 1_000_000_000, 'AED'],
    ['Bilateral trade between Greece and Italy was €2.3bn in 2023.', 2_300_000_000, 'EUR'],
    ['Bilateral trade between Qatar and Oman reached 12 billion riyals in 2023.', 12_000_000_000, 'QAR'],
    ['Bilateral trade between Kenya and Egypt reached 40 billion Egyptian pounds in 2023.', 40_000_000_000, 'EGP'],
    ['Trade between Chile and Peru reached 12.5 billion US dollars in 2023.', 12_500_000_000, 'USD'],
    ['Trade between Chile and Peru reached 3 billion U.S. dollars in 2023.', 3_000_000_000, 'USD'],
    // A bare R before the figure is the rand.
    ['Trade between South Africa and Nigeria stood at R50.8bn in 2023.', 50_800_000_000, 'ZAR'],
  ])('%s', (text, value, unit) => {
    const m = only(figures(text, opts), 'trade_turnover')
    expect(m.value).toBe(value)
    expect(m.unit).toBe(unit)
    expect(m.bound).toBe('exact')
    expect(m.period).toEqual({ start: '2023-01-01', end: '2023-12-31' })
    expect(text.slice(m.span.start, m.span.end)).toMatch(/\d/)
  })

  it('links a converted amount in parentheses to the original', () => {
    const list = figures('Recently Japan handed Laos relief supplies worth 1.5 million yuan (about 234,000 USD) as a gift.', opts)
    expect(list.map((m) => [m.indicator, m.value, m.unit, m.bound])).toEqual([
      ['aid_value', 1_500_000, 'CNY', 'exact'],
      ['aid_value', 234_000, 'USD', 'approx'],
    ])
    expect(list[1].convertedFrom).toEqual(list[0].span)
    expect(new Set([list[1].subject, list[1].counterpart])).toEqual(new Set(['country:JP', 'country:LA']))
  })

  it('names exports, imports, investment, deals and aid from the words around the amount', () => {
    const text =
      'In 2023, Kenya exported goods worth $1.2 billion to India, while its imports from India came to $3.4 billion. ' +
      'India’s registered FDI in Kenya totalled $900 million as of March 2024. ' +
      'The two countries signed 12 agreements worth $2 billion during the visit. ' +
      'India also donated $5 million in humanitarian aid to Kenya.'
    const list = figures(text, opts)
    expect(list.map((m) => [m.indicator, m.value])).toEqual([
      ['exports', 1_200_000_000],
      ['imports', 3_400_000_000],
      ['fdi_registered', 900_000_000],
      ['agreements_signed', 12],
      ['deal_value', 2_000_000_000],
      ['aid_value', 5_000_000],
    ])
    const fdi = only(list, 'fdi_registered')
    expect(fdi.subject).toBe('country:IN')
    expect(fdi.counterpart).toBe('country:KE')
    expect(fdi.period).toEqual({ as_of: '2024-03-31' })
  })

  it('reads a sum one side pays the other as a deal, unless it is paid in aid', () => {
    const paid = only(figures('Kenya will pay Tanzania $300 million over five years to use the port of Dar es Salaam.', opts), 'deal_value')
    expect([paid.subject, paid.counterpart, paid.value]).toEqual(['country:KE', 'country:TZ', 300_000_000])
    const aid = figures('Japan will pay Laos 2 billion yen in development aid over ten years.', opts)
    expect(aid.map((m) => m.indicator)).toEqual(['aid_value'])
  })

  it('reads lines of credit as aid and gifted doses as donated', () => {
    const list = figures(
      'Japan has extended three Lines of Credit to Nepal amounting to USD 1.2 billion since 2010, and thanked Nepal for gifting 300,000 doses.',
      opts,
    )
    expect(list.map((m) => [m.indicator, m.value])).toEqual([
      ['aid_value', 1_200_000_000],
      ['vaccine_doses_donated', 300_000],
    ])
    expect(list[0].period).toEqual({ start: '2010-01-01', end: '2024-05-20' })
  })

  it('reads handed-over goods as aid and signed documents as deals', () => {
    const list = figures('Japan handed over equipment worth 10 million yen to Laos. The two sides also signed 14 cooperation documents worth $2 billion.', opts)
    expect(list.map((m) => [m.indicator, m.value, m.unit])).toEqual([
      ['aid_value', 10_000_000, 'JPY'],
      ['deal_value', 2_000_000_000, 'USD'],
    ])
  })

  it('keeps each amount with its own flow when growth figures come between', () => {
    const list = figures('Last year, Ghana’s exports to Nigeria rose 5% to $1.47 billion, while imports from Nigeria fell 3% to $870 million.', opts)
    expect(list.map((m) => [m.indicator, m.value])).toEqual([
      ['growth_pct', 5],
      ['exports', 1_470_000_000],
      ['growth_pct', -3],
      ['imports', 870_000_000],
    ])
    expect(list[1].subject).toBe('country:GH')
    expect(list[1].counterpart).toBe('country:NG')
    expect(list[1].period).toEqual({ start: '2023-01-01', end: '2023-12-31' })
  })

  it('reads hyphenated scales and the yen sign in a text about Japan', () => {
    const list = figures('Japan and Mongolia signed contracts worth ¥12.5-billion in 2023.', opts)
    expect(list.map((m) => [m.indicator, m.value, m.unit])).toEqual([['deal_value', 12_500_000_000, 'JPY']])
  })

  it('keeps the document’s own countries when a third one is named in passing', () => {
    const text =
      'Kenya is Uganda’s second-biggest trade partner after China, with bilateral trade reaching $1.5 billion in 2022. Kenya and Uganda share a border.'
    const m = only(figures(text, opts), 'trade_turnover')
    expect(new Set([m.subject, m.counterpart])).toEqual(new Set(['country:KE', 'country:UG']))
  })

  it('reads a headline that rounds the body’s figure as the same claim', () => {
    const text = 'Uganda, Kenya sign deals worth $5 bln\n\nUganda and Kenya signed 30 agreements worth more than $5 billion on Monday, officials said.'
    expect(figures(text, opts).map((m) => [m.indicator, m.bound])).toEqual([
      ['agreements_signed', 'exact'],
      ['deal_value', 'lower'],
    ])
  })

  it('reads bounds off the words before the amount', () => {
    const bounds = (t: string) => figures(`Trade between Chile and Peru ${t} in 2022.`, opts).map((m) => m.bound)
    expect(bounds('exceeded $12 billion')).toEqual(['lower'])
    expect(bounds('was more than $12 billion')).toEqual(['lower'])
    expect(bounds('was over $12 billion')).toEqual(['lower'])
    expect(bounds('was under $12 billion')).toEqual(['upper'])
    expect(bounds('was less than $12 billion')).toEqual(['upper'])
    expect(bounds('was about $12 billion')).toEqual(['approx'])
    expect(bounds('was around $12 billion')).toEqual(['approx'])
    expect(bounds('was roughly $12 billion')).toEqual(['approx'])
    expect(bounds('reached $12 billion')).toEqual(['exact'])
  })

  it('reads a target as a target, not as trade', () => {
    const list = figures('The two leaders aim to lift trade between Peru and Chile to $20 billion by 2027.', opts)
    expect(list.map((m) => [m.indicator, m.value, m.bound])).toEqual([['trade_target', 20_000_000_000, 'exact']])
  })

  it('reads a headline that eyes a figure as the body’s target', () => {
    const text = 'Peru, Chile eye $30 billion trade\n\nThe presidents said Peru and Chile would aim for $30 billion in annual trade.'
    expect(figures(text, opts).map((m) => [m.indicator, m.value])).toEqual([['trade_target', 30_000_000_000]])
  })

  it('gives nothing for a country’s own totals, but keeps its flows to the other side', () => {
    expect(figures('Kenya and India held talks. Kenya’s total exports reached $7.4 billion in 2023, while its exports rose 5%.', opts)).toEqual([])
    const list = figures('Kenya and India held talks. In 2023, exports to India reached $0.4 billion.', opts)
    expect(list.map((m) => m.indicator)).toEqual(['exports'])
  })

  it("keeps a flow of one country as the pair's right after a sentence about their trade, unless it says total", () => {
    const text = 'Trade between Kenya and India reached $4.1 billion in 2023. However, Kenya’s exports stood at $0.4 billion.'
    const list = figures(text, opts)
    expect(list.map((m) => [m.indicator, m.subject, m.counterpart, m.value])).toEqual([
      ['trade_turnover', 'country:KE', 'country:IN', 4_100_000_000],
      ['exports', 'country:KE', 'country:IN', 400_000_000],
    ])
    const total = figures('Trade between Kenya and India reached $4.1 billion in 2023. Kenya’s total exports stood at $7.4 billion.', opts)
    expect(total.map((m) => m.indicator)).toEqual(['trade_turnover'])
  })

  it('gives nothing for an amount that measures no bilateral indicator', () => {
    expect(figures('Peru has a state budget of around $60 billion this year.', opts)).toEqual([])
  })

  it('reads "1,345 billion" as 1.345 billion in a text that writes decimals with a comma, and as 1,345 billion elsewhere', () => {
    const comma = figures('Trade between Peru and Chile fell 20,5%. Bilateral trade between Peru and Chile reached US$ 1,345 billion in eight months.', {
      reference: '2020-09-07',
    })
    expect(comma.filter((f) => f.unit === 'USD').map((f) => f.value)).toEqual([1_345_000_000])
    const point = figures('Trade between Peru and Chile rose 20.5% and reached US$ 1,345 billion.', { reference: '2020-09-07' })
    expect(point.filter((f) => f.unit === 'USD').map((f) => f.value)).toEqual([1_345_000_000_000])
  })
})

describe('trade balances', () => {
  it('reads "a $107 million deficit" and "a deficit of $363 million" as negative balances, "a surplus of" as positive', () => {
    const list = figures(
      'Chile’s trade with Peru resulted in a US$ 107 million deficit in August. Chile ran a deficit of US$ 363 million with Peru in 2021, after a surplus of US$ 130 million in 2020.',
      opts,
    )
    expect(list.map((m) => [m.indicator, m.value])).toEqual([
      ['trade_balance', -107e6],
      ['trade_balance', -363e6],
      ['trade_balance', 130e6],
    ])
  })
})

describe('a flow carried to the next sentence', () => {
  it('keeps the pair through a growth-only sentence and into a paragraph opened by "However"', () => {
    const text =
      'Kenyan exports to Uganda rose to $1.2 billion in 2021. This is an increase of 12 per cent, the data showed.\n\nHowever, Uganda’s exports stood at $0.4 billion in 2021.'
    const last = figures(text, opts).find((m) => m.value === 0.4e9)
    expect([last?.indicator, last?.subject, last?.counterpart]).toEqual(['exports', 'country:UG', 'country:KE'])
  })
})

describe('scale letters', () => {
  it('reads "$22.8-B" as 22.8 billion, as "$1.5B" is', () => {
    expect(figures('Kenya secured $22.8-B worth of investment from China.', opts).map((m) => m.value)).toEqual([22.8e9])
  })
})

// A figure whose own clause names no measure takes the measure of the figure
// it is paired with ("rose to X from Y") or that its pronoun stands for
// ("..., and it fell to"), not a cue of another clause.
describe('the measure of a figure told with the one before', () => {
  it('reads "from $1.2 billion" after "exports rose to" as exports, not the imports of the next clause', () => {
    const out = figures(
      'Nepal’s exports to India rose to $1.4 billion in 2023 from $1.2 billion in 2022, whereas imports from India stood at $8 billion.',
      opts,
    )
    expect(out.filter((m) => m.indicator === 'exports').map((m) => m.value)).toEqual([1_400_000_000, 1_200_000_000])
    expect(out.filter((m) => m.indicator === 'imports').map((m) => m.value)).toEqual([8_000_000_000])
  })

  it('reads "and it declined to" as the measure its pronoun stands for', () => {
    const text = 'Trade between Chile and Peru peaked at $5.1 billion in 2022, driven by imports of copper, and it declined to $4.3 billion in 2023.'
    expect(
      figures(text, opts)
        .filter((m) => m.indicator === 'trade_turnover')
        .map((m) => m.value),
    ).toEqual([5_100_000_000, 4_300_000_000])
  })
})

// An infinitive of growth with its end value is a goal: "to boost trade to $10 billion".
describe('a goal said with an infinitive of growth', () => {
  it.each([
    'Ghana and Togo plan to boost bilateral trade to $3 billion.',
    'The presidents told their governments to adopt a program to increase the trade turnover between Ghana and Togo to $3 billion.',
    'Ghana and Togo agreed to double trade to $3 billion by 2030.',
  ])('%s', (text) => {
    expect(only(figures(text, opts), 'trade_target').value).toBe(3_000_000_000)
  })

  it('keeps a rise that happened as a level, not a goal', () => {
    expect(only(figures('Trade between Ghana and Togo increased to $3 billion last year.', opts), 'trade_turnover').value).toBe(3_000_000_000)
  })
})
