import * as chrono from 'chrono-node'

/**
 * chrono-node's English parsers with the four rules that read the whole text
 * before each date bounded to the few words they need. Each of them matches
 * a pattern anchored at the end (`...$`) on `text.substring(0, index)`, which
 * the regex engine scans from the start: quadratic in the dates of a text (a
 * section of 200,000 characters spent 0.1-0.3 s of news and up to 2 s of
 * "end of March"/"in May"/"1/2" in ENEndOfPeriodRefiner alone). Each
 * replacement runs chrono's own rule on the text from a start that cannot
 * change its answer, so the results are the same.
 */

type Context = chrono.ParsingContext
type Result = chrono.ParsingResult
// chrono-node exports neither these classes nor their types: they are found in its configuration by name.
type RuleClass = new (...args: never[]) => object

const BLANK = /\s/
const LETTER = /[A-Za-z]/

/**
 * Where the stretch before `index` that can hold `words` words of at most
 * `longest` letters, each after a run of blanks, begins, one character
 * earlier (a `\b` at the start of such a stretch reads the same there).
 * Linear in that stretch; a longer word or anything else stops it.
 */
export function wordsBefore(text: string, index: number, words: number, longest: number): number {
  let p = index
  for (let w = 0; w < words; w++) {
    let q = p
    while (q > 0 && BLANK.test(text[q - 1])) q--
    let r = q
    while (r > 0 && LETTER.test(text[r - 1]) && q - r <= longest) r--
    p = r
    if (r === q || q - r > longest) break
  }
  return Math.max(0, p - 1)
}

/** The same parsing context with its text starting at `start` (offsets into it move by `start`). */
function from(context: Context, start: number): Context {
  return start === 0 ? context : Object.create(context, { text: { value: context.text.slice(start) } })
}

/** The rule `name` of chrono's class `Base`, called on this. */
function own<F extends (...args: never[]) => unknown>(Base: RuleClass, name: string): F {
  return (Base.prototype as Record<string, unknown>)[name] as F
}

/** ENEndOfPeriodRefiner ("end of March", "last day of the month"): the four words before each date. */
function endOfPeriod(Base: RuleClass): RuleClass {
  return class extends Base {
    refine(context: Context, results: Result[]): Result[] {
      for (const result of results) {
        const start = wordsBefore(context.text, result.index, 4, 4)
        result.index -= start
        own<(c: Context, r: Result[]) => Result[]>(Base, 'refine').call(this, from(context, start), [result])
        result.index += start
      }
      return results
    }
  }
}

// ENUnlikelyFormatFilter keeps "May" only after "in" (its own pattern, on the trimmed text before).
const IN_BEFORE = /\b(in)$/i

/** ENUnlikelyFormatFilter: for "May", the word before it. */
function unlikelyFormat(Base: RuleClass): RuleClass {
  return class extends Base {
    isValid(context: Context, result: Result): boolean {
      const text = result.text.trim()
      if (text.toLowerCase() !== 'may' || text === context.text.trim())
        return own<(c: Context, r: Result) => boolean>(Base, 'isValid').call(this, context, result)
      return IN_BEFORE.test(context.text.slice(wordsBefore(context.text, result.index, 1, 2), result.index).trim())
    }
  }
}

// Both slash parsers refuse a date right after a digit or a digit and a slash ("\d/?$").
const DIGIT_BEFORE = /\d\/?$/
const digitBefore = (text: string, index: number) => DIGIT_BEFORE.test(text.slice(Math.max(0, index - 2), index))

type Match = RegExpExecArray

/** SlashDateFormatParser ("10/12/2017"): the two characters before the date. */
function slashDate(Base: RuleClass): RuleClass {
  return class extends Base {
    extract(context: Context, match: Match): Result | null | undefined {
      const index = match.index + match[1].length
      if (index > 0 && digitBefore(context.text, index)) return undefined
      // chrono's own rule, on the text from the date on: nothing before it to read again.
      const moved = Object.assign([...match], { index: match.index - index, input: match.input }) as unknown as Match
      const result = own<(c: Context, m: Match) => Result | null | undefined>(Base, 'extract').call(this, from(context, index), moved)
      if (result) result.index += index
      return result
    }
  }
}

/** ENSlashMonthFormatParser ("3/2024"): the two characters before the month. */
function slashMonth(Base: RuleClass): RuleClass {
  return class extends Base {
    innerExtract(context: Context, match: Match): unknown {
      if (digitBefore(context.text, match.index)) return null
      const moved = Object.assign([...match], { index: 0, input: match.input }) as unknown as Match
      return own<(c: Context, m: Match) => unknown>(Base, 'innerExtract').call(this, from(context, match.index), moved)
    }
  }
}

const REPLACEMENTS: Readonly<Record<string, (Base: RuleClass) => RuleClass>> = {
  ENEndOfPeriodRefiner: endOfPeriod,
  ENUnlikelyFormatFilter: unlikelyFormat,
  SlashDateFormatParser: slashDate,
  ENSlashMonthFormatParser: slashMonth,
}

/** chrono's casual English parser (day first in numeric dates with `littleEndian`), linear in the text. */
export function linearEnglish(littleEndian: boolean): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration(littleEndian)
  const replace = <T extends object>(list: T[]): T[] =>
    list.map((rule) => {
      const make = REPLACEMENTS[rule.constructor.name]
      if (!make) return rule
      const Linear = make(rule.constructor as RuleClass)
      // Same constructor state (SlashDateFormatParser's endianness): copy the fields onto the replacement.
      return Object.assign(Object.create(Linear.prototype) as T, rule)
    })
  const parsers = replace(config.parsers)
  const refiners = replace(config.refiners)
  for (const name of Object.keys(REPLACEMENTS)) {
    if (![...config.parsers, ...config.refiners].some((r) => r.constructor.name === name))
      throw new Error(`chrono-node's English configuration has no ${name}: src/time/chrono-linear.ts replaces it`)
  }
  return new chrono.Chrono({ parsers, refiners })
}
