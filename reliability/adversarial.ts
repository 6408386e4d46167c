/**
 * Inputs that make backtracking regular expressions blow up: long runs of
 * one character or of one short unit, each ending in a character that
 * makes the match fail late. Sizes are in UTF-16 code units (approximate:
 * whole units only).
 */
export interface Adversarial {
  readonly name: string
  make(n: number): string
}

const run = (name: string, unit: string, tail = '!'): Adversarial => ({
  name,
  make: (n) => unit.repeat(Math.max(1, Math.floor(n / unit.length))) + tail,
})

export const ADVERSARIAL: readonly Adversarial[] = [
  run('letters', 'a'),
  run('capitals', 'A'),
  run('spaces', ' '),
  run('digits', '1'),
  run('digit-commas', '1,'),
  run('digit-dots', '1.'),
  run('digit-spaces', '1 '),
  run('capitalized-words', 'A '),
  run('title-words', 'Ab '),
  run('capital-dots', 'A. '),
  run('of-the', 'of the '),
  run('and-comma', 'Ab, and '),
  run('dots', '.'),
  run('dashes', '-'),
  run('newlines', '\n'),
  run('tabs-newlines', ' \t\n'),
  run('money', 'US$1 '),
  run('percent', '1% '),
  run('titles', 'President '),
  run('month-days', 'March 1 '),
  // Dates chrono-node's English rules looked before (the whole text before each: quadratic until src/time/chrono-linear.ts).
  run('end-of-month', 'end of March '),
  run('in-may', 'in May '),
  run('slash-dates', '1/2 '),
  run('hyphen-words', 'a-'),
  run('apostrophes', "A'"),
  run('quotes', '"A '),
  run('emoji', '😀'),
  run('diacritics', 'Việt '),
  { name: 'nested-parens', make: (n) => '('.repeat(Math.floor(n / 2)) + ')'.repeat(Math.floor(n / 2) - 1) + '!' },
  { name: 'open-parens', make: (n) => '(A '.repeat(Math.floor(n / 3)) },
]
