import fc from 'fast-check'

// Pieces of news-like text, written for these tests: names, titles, figures
// and dates in the shapes recognizers look for, plus the characters that
// break naive offset arithmetic (diacritics, combining marks, emoji, flags).
const COUNTRIES = ['Vietnam', 'China', 'Laos', 'Brazil', 'Côte d’Ivoire', 'Türkiye', 'São Tomé and Príncipe', 'the United States', 'South Korea', 'Viet Nam', "the People's Republic of China", 'Kazakhstan']
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'General Secretary', 'Deputy Prime Minister', 'Ambassador', 'Chairman of the National Assembly', 'Minister of Industry and Trade', 'Vice President', 'State Councillor']
const NAMES = ['Lê Minh Châu', 'Ana Souza', 'Wang Lei', 'Nguyễn Thị Hoa', 'Kassym Bekov', 'Jean-Paul Mbeki', 'O’Neill', 'Zoë Ångström', 'Mr. Tran', 'Ms. Park']
const VERBS = ['visited', 'held talks with', 'met', 'signed', 'will visit', 'received', 'had a phone call with', 'agreed to', 'welcomed', 'protested', 'announced', 'reached']
const FIGURES = ['US$12.5 billion', '7.3%', '1,200 tonnes', '¥3 trillion', '€40 million', '2.5 million doses', 'VND 1,000 billion', '$ 1.2bn', 'third-largest', 'the top 10', '15 percent', '-0.5%', '1,1,1,1', '10 times', '3.0.1', '1e9']
const DATES = ['March 3, 2024', '3-5 May', '2023-11-20', 'last week', 'Q3 2022', 'the first nine months of 2024', 'on Monday', 'in 1950', '12/10/2017', 'two days later', 'since 2008', 'the 1990s', 'early next year', 'by the end of 2023', 'Jan. 18–20', 'as of October 2024']
const NOUNS = ['trade turnover', 'exports', 'FDI', 'the two sides', 'both countries', 'a joint statement', 'the summit', 'comprehensive strategic partnership', 'Ministry of Foreign Affairs', 'the Communist Party of Vietnam (CPV)', 'Yunnan province', 'the 12th Joint Committee', 'the two leaders', 'Xinhua']
const PUNCT = [', ', '. ', '; ', ': ', ' — ', ' – ', '"', '“', '”', "'", ' (', ') ', '...', '!', '?', '\n', '\n\n', '\t', ' ', '  ']
const ODD = ['🇻🇳', '😀', '👩‍👩‍👧', 'e\u0301', '\u200b', '\u00a0', '\ufeff', 'ﬁ', 'İ', 'ß', '\ud800', '\udc00', '\u2028', '中国', 'Việt Nam', 'Россия', 'مصر', 'A.', 'U.S.', '(', ')', '$', '%', '&', '–', '—']

/** One news-like token. */
export const newsToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...COUNTRIES, ...TITLES, ...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...VERBS, ...NOUNS) },
  { weight: 2, arbitrary: fc.constantFrom(...FIGURES, ...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 3000 }).map(String) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
)

/** News-like text: tokens joined, mostly by spaces. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(newsToken, fc.constantFrom(' ', ' ', ' ', '', ', ', '. ', '\n')), { maxLength: 40 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''))

/** Any short string: ASCII, any code point, graphemes, or news-like. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  newsText,
  newsText,
)
