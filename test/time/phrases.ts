/**
 * Time phrases with the interval a careful reader gives them, written for
 * Dyad's tests and benchmark. Each row: the text, the reference day (null:
 * undated), the expected interval in short form (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`, or a [from, to] pair of those), and options. `null` expects
 * nothing at all (negative cases); `'unanchored'` expects an expression
 * found but left without a value.
 */
export interface Phrase {
  readonly text: string
  readonly ref: string | null
  readonly expect: string | readonly [string, string] | null | 'unanchored'
  readonly tense?: 'past' | 'future'
  readonly asOf?: boolean
  /** The expression's text, when the phrase holds more words. */
  readonly find?: string
}

type Opts = Pick<Phrase, 'tense' | 'asOf' | 'find'>

const p = (text: string, ref: string | null, expect: Phrase['expect'], opts: Opts = {}): Phrase => ({ text, ref, expect, ...opts })
const R1 = '2023-12-10' // a Sunday
const R2 = '2022-11-01' // a Tuesday
const R3 = '2024-11-04' // a Monday
const R4 = '2022-10-28' // a Friday

/** Absolute dates in the usual orders and styles. */
const ABSOLUTE: Phrase[] = [
  p('The two countries set up diplomatic ties on January 18, 1950.', R3, '1950-01-18', { find: 'January 18, 1950' }),
  p('The accord was signed on 18 January 1950.', R3, '1950-01-18'),
  p('Updated 23:21, 01-Nov-2022', null, '2022-11-01', { find: '01-Nov-2022' }),
  p('date 2023-12-10 Beijing', null, '2023-12-10', { find: '2023-12-10' }),
  p('The summit runs Nov. 5-8, 2024 in Kunming.', null, ['2024-11-05', '2024-11-08'], { find: 'Nov. 5-8, 2024' }),
  p('The summit runs 5-8 November 2024.', null, ['2024-11-05', '2024-11-08']),
  p('The forum is set for November 5-8.', R3, ['2024-11-05', '2024-11-08'], { find: 'November 5-8' }),
  p('Delegates meet 5-8 November.', R3, ['2024-11-05', '2024-11-08'], { tense: 'future' }),
  p('He met the premier on Monday, October 31, 2022.', null, '2022-10-31'),
  p('The ceremony took place Tuesday, 25 February 2020, in Baku.', null, '2020-02-25'),
  p('The two presidents met in the capital on Tuesday (25 February).', '2020-02-26', '2020-02-25'),
  p('HANOI, Oct. 28 (Xinhua) -- Officials said', '2022-10-30', '2022-10-28'),
  p('The visit took place on October 30-November 2.', R2, ['2022-10-30', '2022-11-02']),
  p('He will visit from October 30 to November 2.', R4, ['2022-10-30', '2022-11-02'], { find: 'October 30 to November 2' }),
  p('Talks ran from 30 October to 2 November 2022.', null, ['2022-10-30', '2022-11-02']),
  p('The tour lasts from December 28 to January 3, 2024.', null, ['2023-12-28', '2024-01-03']),
  p('It opened on Sept. 9, 2021.', null, '2021-09-09'),
  p('It opened on Sep 9 2021.', null, '2021-09-09'),
  p('The envoy arrived on the 5th of November 2019.', null, '2019-11-05'),
  p('The envoy arrived on November 5th, 2019.', null, '2019-11-05'),
  p('Filed 2021/03/15 at noon.', null, '2021-03-15'),
  p('Posted 25.02.2020 in the evening.', null, '2020-02-25'),
  p('Posted 13/10/2017 at 16:54.', null, '2017-10-13'),
  p('Posted 10/13/2017 at 16:54.', null, '2017-10-13'),
  p('The leaders met on 4 July.', '2023-07-20', '2023-07-04'),
  p('The envoy met ministers on March 3.', '2023-07-20', '2023-03-03', { tense: 'past' }),
  p('The envoy will meet ministers on March 3.', '2023-07-20', '2024-03-03'),
  p('The fair ends on Dec. 2.', '2023-11-20', '2023-12-02', { tense: 'future' }),
  p('Polls opened on January 5.', '2023-12-20', '2023-01-05'),
  p('The vote is set for January 5.', '2023-12-20', '2024-01-05'),
  p('In a letter dated 12 March 2019 the minister wrote.', null, '2019-03-12'),
  p('Talks resumed on Aug 3, 2015 after a break.', null, '2015-08-03'),
  p('A truce was agreed on February 29, 2024.', null, '2024-02-29'),
  p('The festival ran 30 October - 2 November 2022.', null, ['2022-10-30', '2022-11-02']),
  p('The expo runs Oct. 12 to 15, 2023.', null, ['2023-10-12', '2023-10-15']),
  p('They signed it on 1 May 2020.', null, '2020-05-01'),
  p('They signed it May 1, 2020.', null, '2020-05-01'),
  p('The meeting of June 30, 2021 approved it.', null, '2021-06-30'),
  p('Records from 2019-07-01 show a rise.', null, '2019-07-01'),
  p('Elections were held on Sunday, 14 May 2023.', null, '2023-05-14'),
  p('date 2023-12-10 BEIJING, December 10 - The journalist said', R1, '2023-12-10', { find: 'December 10' }),
  p('date 2023-12-10 BEIJING, December 10 - The journalist said', null, 'unanchored', { find: 'December 10' }),
  p('The premier is scheduled to visit Kunming from November 5-8.', '2024-11-01', ['2024-11-05', '2024-11-08']),
  p('The party chief will pay a state visit from October 30.', R4, '2022-10-30'),
  p('Officials met on Nov 5 and again on Nov 9.', '2024-11-20', '2024-11-09', { find: 'Nov 9' }),
  p('The accord dated 3rd March 2021 stands.', null, '2021-03-03'),
  p('2017-December-13 News in brief', null, '2017-12-13'),
  p('The state visit will last from 8 to 10 of November.', '2017-11-05', ['2017-11-08', '2017-11-10']),
  p('From November 8th through 10th, the capital hosted the guest.', '2017-11-20', ['2017-11-08', '2017-11-10']),
  p('The premier will be in the Gulf on February 13 and 14.', '2024-02-10', ['2024-02-13', '2024-02-14']),
  p('The premier met them on February 13 and March 2.', '2024-03-10', '2024-03-02', { find: 'March 2' }),
]

/** Months, months with years, ranges of months. */
const MONTHS: Phrase[] = [
  p('In June, the prime minister paid his first official visit.', R1, '2023-06'),
  p('In October, the president attended the forum.', R1, '2023-10'),
  p('In December, the minister signed a deal.', '2023-06-15', '2022-12', { tense: 'past' }),
  p('In December, the minister will sign a deal.', '2023-06-15', '2023-12'),
  p('In March, the minister will sign a deal.', '2023-06-15', '2024-03'),
  p('In July, the two sides agreed to speed up cooperation.', R2, '2022-07'),
  p('The party chief visited China in November 2022.', R1, '2022-11'),
  p('the visits by the party chief (October 2022) and the president (December 2023)', R3, '2022-10', { find: 'October 2022' }),
  p('the visits by the party chief (October 2022) and the president (December 2023)', R3, '2023-12', { find: 'December 2023' }),
  p('The president visited in August 2024.', R3, '2024-08'),
  p('The committee was established in November 2006.', null, '2006-11'),
  p('The presidents spoke by phone in May 2021.', null, '2021-05'),
  p('Legislators held an online meeting in June last year.', R4, '2021-06', { find: 'June last year' }),
  p('The plant opens in March next year.', R4, '2023-03'),
  p('Ministers met in July this year.', R4, '2022-07'),
  p('The ministers met last June.', R4, '2022-06'),
  p('The ministers met last November.', R4, '2021-11'),
  p('The ministers will meet next March.', R4, '2023-03'),
  p('The ministers meet again this December.', R4, '2022-12'),
  p('Prices have risen since March.', R4, ['2022-03-01', '2022-10-28']),
  p('Prices rose in early October 2024.', null, ['2024-10-01', '2024-10-10']),
  p('Prices rose in mid-October 2024.', null, ['2024-10-11', '2024-10-20']),
  p('Prices rose in late October 2024.', null, ['2024-10-21', '2024-10-31']),
  p('Prices rose in late October.', '2024-11-04', ['2024-10-21', '2024-10-31']),
  p('Exports grew in January-August this year.', R4, ['2022-01', '2022-08'], { find: 'January-August this year' }),
  p('Exports grew in January-August 2022.', null, ['2022-01', '2022-08']),
  p('Exports grew in Jan-Aug 2022.', null, ['2022-01', '2022-08']),
  p('Exports grew from January to March 2023.', null, ['2023-01', '2023-03']),
  p('Exports grew between January and March.', '2023-05-10', ['2023-01', '2023-03']),
  p('Exports grew in the June-July period.', '2023-09-01', ['2023-06', '2023-07']),
  p('Imports fell in May of 2021.', null, '2021-05'),
  p('Imports fell in Sept. 2021.', null, '2021-09'),
  p('Imports fell during August.', '2023-09-02', '2023-08'),
  p('Imports will recover by September.', '2023-07-02', '2023-09', { asOf: true }),
  p('Work started in June 2021 and ended in March 2022.', null, '2022-03', { find: 'March 2022' }),
  p('The project ran from June 2021 to March 2022.', null, ['2021-06', '2022-03']),
  p('Talks continued through the end of July 2024.', null, '2024-07-31'),
  p('Numbers peaked in early June.', '2023-09-01', ['2023-06-01', '2023-06-10']),
  p('Numbers fell in mid-June.', '2023-09-01', ['2023-06-11', '2023-06-20']),
  p('The law takes effect in January.', '2023-11-15', '2024-01', { tense: 'future' }),
]

/** Years, spans of years, decades, periods of statistics. */
const YEARS: Phrase[] = [
  p('In 2008, the two countries elevated their ties.', null, '2008'),
  p('2023 is the year marking 15 years of partnership.', null, '2023', { find: '2023' }),
  p('Two-way trade reached US$171.9 billion in 2023.', null, '2023'),
  p('They signed a plan for 2021-2025.', null, ['2021', '2025']),
  p('The plan covers the 2016–2020 period.', null, ['2016', '2020']),
  p('Between 2020 and 2022, the leaders held four phone calls.', null, ['2020', '2022']),
  p('From 2020-2022, the leaders held four phone calls.', null, ['2020', '2022']),
  p('From 2020 to 2022, the leaders held four phone calls.', null, ['2020', '2022']),
  p('The budget for 2020-22 was approved.', null, ['2020', '2022']),
  p('The strategy for 2021‑2030 was adopted.', null, ['2021', '2030']),
  p('The fair runs 5‒8 November 2024.', null, ['2024-11-05', '2024-11-08']),
  p('It has been the largest partner since 2016.', R4, ['2016-01-01', '2022-10-28'], { find: 'since 2016' }),
  p('Ever since 2019 the port has grown.', '2024-11-05', ['2019-01-01', '2024-11-05']),
  p('Reforms began in the 1990s.', null, ['1990', '1999']),
  p('Reforms began in the early 2000s.', null, ['2000', '2003']),
  p('Reforms began in the late 1980s.', null, ['1986', '1989']),
  p("Growth was fast in the '90s.", null, ['1990', '1999']),
  p('GDP grew 6% in Q3.', '2023-11-10', ['2023-07', '2023-09']),
  p('GDP grew 6% in Q3 2024.', null, ['2024-07', '2024-09']),
  p('GDP grew 6% in the third quarter of 2024.', null, ['2024-07', '2024-09']),
  p('GDP grew 6% in the first quarter of this year.', '2023-06-01', ['2023-01', '2023-03']),
  p('GDP grew 6% in the fourth quarter.', '2024-02-01', ['2023-10', '2023-12']),
  p('GDP grew 6% last quarter.', '2024-02-01', ['2023-10', '2023-12']),
  p('Output rose in the first half of 2024.', null, ['2024-01', '2024-06']),
  p('Output rose in H1 2024.', null, ['2024-01', '2024-06']),
  p('Output will rise in the second half of this year.', '2024-03-01', ['2024-07', '2024-12']),
  p('Output rose in the first half.', '2024-08-01', ['2024-01', '2024-06']),
  p('Trade hit $148.6 billion in the first nine months of 2024.', null, ['2024-01', '2024-09']),
  p('Trade hit $117.4 billion in the first eight months of this year.', R4, ['2022-01', '2022-08']),
  p('Trade rose in the first seven months of 2024.', null, ['2024-01', '2024-07']),
  p('Trade rose in the first 10 months.', '2023-11-20', ['2023-01', '2023-10']),
  p('Trade rose in the first eleven months.', '2024-01-10', ['2023-01', '2023-11']),
  p('Trade fell in the last three months of 2023.', null, ['2023-10', '2023-12']),
  p('The fleet was built in late 2021.', null, ['2021-09', '2021-12']),
  p('The fleet was built in early 2021.', null, ['2021-01', '2021-04']),
  p('The fleet was built in mid-2023.', null, ['2023-05', '2023-08']),
  p('Debt is due by end-2025.', null, '2025-12', { asOf: true }),
  p('Sales rose in FY2023.', null, '2023'),
  p('It is the 1982 convention on the law of the sea.', null, '1982'),
  p('The republic was founded in 1949 and joined the body in 1971.', null, '1971', { find: '1971' }),
  p('In 2015 the two leaders met in Hanoi.', null, '2015'),
  p('Trade was up 10.8% from 2021.', null, '2021'),
  p('The 2022 elections were peaceful.', null, '2022'),
  p('Growth in 2024/25 is expected to slow.', null, ['2024', '2025']),
  p('Turnover grew over the 2010s.', null, ['2010', '2019']),
]

/** Expressions relative to the reference. */
const RELATIVE: Phrase[] = [
  p('During their talks on Monday, the leaders vowed to deepen ties.', R2, '2022-10-31'),
  p('On Tuesday, the premier met the visiting leader.', R2, '2022-11-01'),
  p('The premier will meet him on Monday.', R2, '2022-11-07'),
  p('The premier is scheduled to meet him on Friday.', R2, '2022-11-04'),
  p('The premier is expected to arrive on Thursday.', R2, '2022-11-03'),
  p('The premier plans to fly home on Sunday.', R2, '2022-11-06'),
  p('The premier is to fly to Hanoi on Thursday.', R2, '2022-11-03'),
  p('The ministers met on Friday.', R3, '2024-11-01'),
  p('The ministers met on Monday.', R3, '2024-11-04'),
  p('The ministers met last Monday.', R3, '2024-10-28'),
  p('The ministers meet next Monday.', R3, '2024-11-11'),
  p('The ministers met this Wednesday.', '2024-11-08', '2024-11-06'),
  p('The ministers met Wednesday evening.', '2024-11-08', '2024-11-06'),
  p('The ministers met Saturday.', '2024-11-08', '2024-11-02', { tense: 'past' }),
  p('The ministers meet Saturday.', '2024-11-08', '2024-11-09', { tense: 'future' }),
  p('He said on Monday that he will visit on Friday.', R2, '2022-10-31', { find: 'Monday' }),
  p('He said on Monday that he will visit on Friday.', R2, '2022-11-04', { find: 'Friday' }),
  p('Trade grew 5% last year.', R4, '2021'),
  p('Trade will grow 5% next year.', R4, '2023'),
  p('Trade grew 5% this year.', R4, '2022'),
  p('China approved large investments this year.', R1, '2023'),
  p('Prices rose last month.', R4, '2022-09'),
  p('Prices will rise next month.', R4, '2022-11'),
  p('Prices rose this month.', R4, '2022-10'),
  p('The deal was signed late last month.', R4, ['2022-09-21', '2022-09-30']),
  p('The deal was signed earlier this month.', R4, ['2022-10-01', '2022-10-28']),
  p('The deal will be signed later this month.', R4, ['2022-10-28', '2022-10-31']),
  p('The deal was signed earlier this year.', R4, ['2022-01-01', '2022-10-28']),
  p('The deal will be signed later this year.', R4, ['2022-10-28', '2022-12-31']),
  p('The deal will be signed early next year.', R4, ['2023-01', '2023-04']),
  p('The deal was signed at the end of last year.', R4, '2021-12'),
  p('Talks were held last week.', R4, ['2022-10-17', '2022-10-23']),
  p('Talks will be held next week.', R4, ['2022-10-31', '2022-11-06']),
  p('Talks are held this week.', R4, ['2022-10-24', '2022-10-30']),
  p('The ministry said yesterday.', R4, '2022-10-27'),
  p('The ministry said today.', R4, '2022-10-28'),
  p('The ministry will decide tomorrow.', R4, '2022-10-29'),
  p('Five years ago, Xi chose Vietnam for his first trip.', R2, '2017'),
  p('Five years ago in November, Xi chose Vietnam for his first trip.', R2, '2017-11'),
  p('A year ago, exports fell.', R4, '2021'),
  p('Two months ago, exports fell.', R4, '2022-08'),
  p('Three days ago, exports fell.', R4, '2022-10-25'),
  p('Two weeks ago, the port closed.', R4, ['2022-10-10', '2022-10-16']),
  p('A decade ago, the port closed.', R4, '2012'),
  p('Over the past 74 years, friendship has prevailed.', '2024-11-05', ['1950-11-05', '2024-11-05'], { find: 'the past 74 years' }),
  p('Perceptions were implemented over the past year.', R1, ['2022-12-10', '2023-12-10']),
  p('Ties deepened in the past two decades.', R4, ['2002-10-28', '2022-10-28']),
  p('Ties deepened over the last five years.', R4, ['2017-10-28', '2022-10-28']),
  p('Prices fell in the past three months.', R4, ['2022-07-28', '2022-10-28']),
  p('Prices fell over the past week.', R4, ['2022-10-21', '2022-10-28']),
  p('Investment will double in the next five years.', R4, ['2022-10-28', '2027-10-28']),
  p('Investment will grow in the coming year.', R4, ['2022-10-28', '2023-10-28']),
  p('Sixteen workshops have been held so far.', R4, '2022-10-28', { asOf: true }),
  p('Ninety projects have been approved to date.', R4, '2022-10-28', { asOf: true }),
  p('Currently, China is the largest partner.', R1, '2023-12-10', { asOf: true }),
  p('At present, the port handles ten ships a day.', R1, '2023-12-10', { asOf: true }),
  p('Exports rose 30% compared to the same period last year.', R3, '2023', { find: 'the same period last year' }),
  p('Sales grew in the third quarter of last year.', R4, ['2021-07', '2021-09']),
  p('Sales grew in the first half of this year.', R4, ['2022-01', '2022-06']),
  p('Growth slowed late last year.', R4, ['2021-09', '2021-12']),
  p('Growth picked up in mid-last year.', R4, ['2021-05', '2021-08']),
  p('He sent a message shortly after the congress, which closed on October 23.', '2022-10-30', ['2022-10-23', '2022-10-30'], { find: 'shortly after' }),
  p('The treaty was ratified shortly before 15 March 2021.', null, ['2021-03-08', '2021-03-15'], { find: 'shortly before' }),
  p('Shortly after, the delegation left.', R4, 'unanchored'),
  p('The envoy landed on 3 May 2021. The next day, he met the king.', null, '2021-05-04', { find: 'The next day' }),
  p('The envoy landed on 3 May 2021. Two days later, he met the king.', null, '2021-05-05', { find: 'Two days later' }),
  p('The envoy landed on 3 May 2021 and met the king the same day.', null, '2021-05-03', { find: 'the same day' }),
  p('The envoy landed on Monday. The following day, he met the king.', R3, '2024-11-05', { find: 'The following day' }),
  p('In 2020 the envoy landed. The next day, he met the king.', null, 'unanchored', { find: 'The next day' }),
  p('The ministers met on Monday.', null, 'unanchored'),
  p('Trade grew 5% last year.', null, 'unanchored'),
  p('The envoy met ministers on March 3.', null, 'unanchored'),
  p('The law took effect this month.', null, 'unanchored'),
]

/** As-of points and deadlines. */
const AS_OF: Phrase[] = [
  p('As of October 2024, registered FDI hit $29.9 billion.', null, '2024-10', { asOf: true, find: 'As of October 2024' }),
  p('As of August 20, China ranked sixth among investors.', R4, '2022-08-20', { asOf: true }),
  p('By the end of 2023, the line was finished.', null, '2023-12', { asOf: true }),
  p('By the end of July 2024, five projects were running.', null, '2024-07-31', { asOf: true }),
  p('The country had sold 45 million doses as of late 2021.', null, ['2021-09', '2021-12'], { asOf: true }),
  p('Reserves stood at $90 billion as at 30 June 2023.', null, '2023-06-30', { asOf: true }),
  p('The target is to reach $15 billion by 2023.', null, '2023', { asOf: true }),
  p('The bridge will be finished by October 30.', R4, '2022-10-30', { asOf: true }),
  p('Reserves stood at $90 billion as of end-June 2023.', null, '2023-06-30', { asOf: true }),
  p('As of now, no date has been set.', R4, '2022-10-28', { asOf: true }),
  p('The stock was 3,453 projects as of the end of September.', R4, '2022-09-30', { asOf: true }),
  p('The line will be finished by the end of the year.', R4, '2022-12', { asOf: true }),
  p('Prices will stay high for the rest of the year.', R4, ['2022-10-28', '2022-12-31']),
  p('The two leaders agreed at the beginning of the month.', R4, '2022-10-01'),
  p('Data as of the end of the first quarter of 2023 show a rise.', null, '2023-03', { asOf: true }),
]

/** Things that are not times, and must give nothing. */
const NEGATIVE: Phrase[] = [
  p('Article 5 of the charter applies.', R4, null),
  p('Under Article 2008 of the code, fines apply.', R4, null),
  p('The 20th Party Congress closed in Beijing.', R4, null),
  p('The COVID-19 pandemic hit trade.', R4, null),
  p('The G20 leaders met.', R4, null),
  p('Call the hotline on +84 24 3825 2008 for details.', R4, null),
  p('Phone 024 3825 1990 to register.', R4, null),
  p('Two-way trade hit $2.09 billion.', R4, null),
  p('The ship carried 2,000 tonnes of rice.', R4, null),
  p('The ship carried 2000 tonnes of rice.', R4, null),
  p('The fund holds $2020 million.', R4, null),
  p('The 14th meeting of the committee closed.', R4, null),
  p('They celebrated the 75th anniversary of relations.', R4, null),
  p('The talks ended at 23:21 local time.', R4, null),
  p('Resolution 2231 was endorsed.', R4, null),
  p('Decree No. 1999 was issued.', R4, null),
  p('Flight 2019 landed safely.', R4, null),
  p('The group has 1,950 members.', R4, null),
  p('About 1950 people attended.', R4, null),
  p('The index rose 2.5% to 1,234 points.', R4, null),
  p('Turnover rose 24.6% on-year to US$165.8 billion.', R4, null),
  p('It was his third term as leader.', R4, null),
  p('The leaders may meet again soon.', R4, null),
  p('Soldiers march through the square.', R4, null),
  p('The minister June Smith spoke first.', R4, null),
  p('The 8th Greater Mekong Sub-region Summit opened.', R4, null),
  p('Seven of the 10 projects stalled.', R4, null),
  p('Room 2105 hosted the press.', R4, null),
  p('Exports of 1,880 tonnes were recorded.', R4, null),
  p('The score was 3-1.', R4, null),
  p('Model 2020X sold well.', R4, null),
  p('They discussed 5G networks and 4.0 industry.', R4, null),
  p('The ratio was 12/10 in favor.', R4, null),
  p('The team kept the list up to date.', R4, null),
  p('The ranking of 148 countries and territories was published.', R4, null),
  p('The firm employs 2024 workers.', R4, null),
  p('Highway 1999 was widened.', R4, null),
  p('Section 2010 of the act applies.', R4, null),
  p('It cost 1.5 million CNY (234,000 USD).', R4, null),
  p('The vote passed 2012-1990 in the chamber.', R4, null),
  p('Under Article 5 May rules apply.', R4, null),
  p('See www.example.com/2023-12-10/story for more.', R4, null),
  p('Write to press2021@example.org for passes.', R4, null),
  p('The envoy left on Sept. 11 after two days of talks.', R4, '2022-09-11', { find: 'Sept. 11' }),
]

export const PHRASES: readonly Phrase[] = [...ABSOLUTE, ...MONTHS, ...YEARS, ...RELATIVE, ...AS_OF, ...NEGATIVE]

/** Expand a short form (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) to its first or last day. */
export function dayOfShort(short: string, end: boolean): string {
  const [y, m, d] = short.split('-').map(Number)
  if (d) return short
  const month = m || (end ? 12 : 1)
  const day = end ? new Date(Date.UTC(y, month, 0)).getUTCDate() : 1
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The expected [start, end] of a phrase, or null. */
export function expectedInterval(phrase: Phrase): [string, string] | null {
  const e = phrase.expect
  if (e === null || e === 'unanchored') return null
  const [a, b] = typeof e === 'string' ? [e, e] : e
  return [dayOfShort(a, false), dayOfShort(b, true)]
}
