// Weekends, abbreviated weekdays, months and years counted from a named time,
// "would" in reported speech, fixed holidays and fiscal years (see phrases.ts).
import { R1, R2, R3, R4, p, type Phrase } from './phrase-helpers.js'

/** Weekends and abbreviated weekdays. R2 is a Tuesday, R3 a Monday, R4 a Friday, R1 a Sunday. */
export const WEEKS: Phrase[] = [
  p('The envoys held talks over the weekend.', R2, ['2022-10-29', '2022-10-30']),
  p('The envoys will hold talks over the weekend.', R2, ['2022-11-05', '2022-11-06']),
  p('The envoys hold talks this weekend.', R2, ['2022-11-05', '2022-11-06']),
  p('The envoys met last weekend.', R3, ['2024-11-02', '2024-11-03']),
  p('The envoys meet next weekend.', R4, ['2022-10-29', '2022-10-30']),
  p('The envoys met at the weekend.', R1, ['2023-12-09', '2023-12-10']),
  p('The weekend talks ran late.', null, 'unanchored'),
  p('The envoy flew in on Tue. for talks.', R4, '2022-10-25'),
  p('The envoy flew in on Tues for talks.', R4, '2022-10-25'),
  p('The envoy arrives Thurs. for talks.', R2, '2022-11-03', { tense: 'future' }),
  p('The treaty was signed Thurs.', R2, '2022-10-27'),
  p('Both sides met last Fri.', R2, '2022-10-28'),
  p('Talks closed on Sat after three rounds.', R2, '2022-10-29'),
  p('Talks resume on Wed.', R2, '2022-11-02', { tense: 'future' }),
  p('Updated Mon, 4 Nov 2024.', R3, '2024-11-04', { find: 'Mon, 4 Nov 2024' }),
  p('The envoy met Hoang Thu Trang in Hue.', R2, null),
  p('They met at the Sun Hotel and Sat down to talk.', R2, null),
  p('The premier wed his partner in a quiet ceremony.', R2, null),
]

/** Months and years counted from the last time named in the same or the previous sentence. */
export const COUNTED: Phrase[] = [
  p('Trade reached $5 billion in 2021. A year earlier, it stood at $4 billion.', null, '2020', { find: 'A year earlier' }),
  p('Exports grew 12% in March 2021, up from 8% a year earlier.', null, '2020-03', { find: 'a year earlier' }),
  p('The embassy opened in 2015. Two years later, a consulate followed.', null, '2017', { find: 'Two years later' }),
  p('The envoy landed on 3 May 2021. A month later, he met the king.', null, '2021-06', { find: 'A month later' }),
  p('The deal was signed in June 2019. Three months later, it took effect.', null, '2019-09', { find: 'Three months later' }),
  p('Trade rose in the third quarter of 2022, a year earlier than planned.', null, ['2021-07', '2021-09'], { find: 'a year earlier' }),
  p('The envoys met on Monday. A month later, the deal was signed.', R3, '2024-12', { find: 'A month later' }),
  p('The embassy opened in 2015. Two months later, a consulate followed.', null, 'unanchored', { find: 'Two months later' }),
  p('A year later, the consulate followed.', R4, 'unanchored'),
  p('The embassy opened in 2015. Work began. Staff arrived. A year later, a consulate followed.', null, 'unanchored', { find: 'A year later' }),
]

/** "Would" after a reporting verb is the future of what was said; elsewhere it marks nothing. */
export const REPORTED: Phrase[] = [
  p('The ministry said the president would visit on Friday.', R2, '2022-11-04'),
  p('Officials told reporters on Monday that the leaders would meet on Thursday.', R2, '2022-10-31', { find: 'Monday' }),
  p('Officials told reporters on Monday that the leaders would meet on Thursday.', R2, '2022-11-03', { find: 'Thursday' }),
  p('In July 2022, the government announced that it would donate vaccines.', '2022-10-28', '2022-07', { find: 'July 2022' }),
  p('The minister said the treaty would be signed in March.', '2022-10-28', '2023-03'),
  p('The minister said the treaty would have been signed in March.', '2022-10-28', '2022-03'),
  p('It would be wise to meet on Friday.', R2, '2022-10-28'),
]

/** Holidays on fixed dates, and fiscal years. */
export const HOLIDAYS: Phrase[] = [
  p('The leaders exchanged greetings on New Year’s Day.', '2023-02-01', '2023-01-01'),
  p("The leaders will exchange greetings on New Year's Day.", R4, '2023-01-01'),
  p("The ceasefire began on New Year's Eve 2019.", null, '2019-12-31'),
  p('The hostages were freed on Christmas Day.', '2023-02-01', '2022-12-25'),
  p('The talks broke down on Christmas Eve, 2020.', null, '2020-12-24'),
  p('The bridge will open by Christmas.', R4, '2022-12-25'),
  p('The envoys met on Boxing Day.', '2023-01-10', '2022-12-26'),
  p('The Christmas holidays slowed trade.', R4, null),
  p("Lunar New Year's Eve brought crowds to the border.", R4, null),
  p('Chinese New Year’s Day trade fairs opened.', R4, null),
  p('Christmas markets drew visitors.', R4, null),
  p('Bilateral trade was $85 billion in fiscal year 2022-23.', null, ['2022-04', '2023-03']),
  p('Bilateral trade was $85 billion in FY2022-23.', null, ['2022-04', '2023-03']),
  p('Bilateral trade was $85 billion in FY 2022/23.', null, ['2022-04', '2023-03']),
  p('Remittances hit $11 billion in the 2020-2021 financial year.', null, ['2020-04', '2021-03']),
  p('Bilateral trade was $85 billion in 2022-23.', null, ['2022', '2023']),
  p('Bilateral trade was $85 billion in FY2023.', null, '2023'),
  p('Bilateral trade was $85 billion in FY23.', null, '2023'),
  p('Bilateral trade was $85 billion in fiscal 2023.', null, '2023'),
  p('The fiscal 2022-2024 plan was shelved.', null, ['2022', '2024']),
]
