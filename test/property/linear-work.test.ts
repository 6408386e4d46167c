// Every stage must be linear on any text, hostile text included. A label
// word followed by 6,500 characters of spaces once took 49 s in document
// dating (three "\s*" in a row in one regex: cubic), "visit to" followed by
// spaces 13 s (two "\s+" around a lazy place name: quadratic). Time is not
// asserted (no timing in tests); the work is counted instead, in two halves:
//  - per call: every regular expression the stages actually run on these
//    documents is free of super-linear backtracking by static analysis
//    (scslre), or carries a `// bounded:` note and is then never handed
//    more than BOUNDED_CHARS characters;
//  - across calls: the characters handed to regular expressions on a
//    document four times longer are about four times as many (a rescan per
//    mention would be sixteen).
import { analyse } from 'scslre'
import { afterEach, describe, expect, it } from 'vitest'
import { polynomialRegexes } from '../../reliability/polynomial.js'
import { literalRegexes } from '../../reliability/regexes.js'
import { DEFAULT_STAGES } from '../../src/pipeline/config.js'
import { createContext } from '../../src/pipeline/context.js'
import { runStages } from '../../src/pipeline/run.js'

const ROOT = new URL('../..', import.meta.url).pathname
const BOUNDED_CHARS = 1000

// Words that start a recognizer's match (a label, a visit, a dateline, a
// list), each followed by a long run of one kind of blank and then by
// something that is not what the recognizer wants.
const TRIGGERS = [
  'Updated',
  'Published: 10:30',
  'Posted on',
  'HANOI,',
  'Ha Noi,',
  'chose Vietnam',
  'visit',
  'visit to',
  'visit by',
  'state visit of',
  'summit',
  'signed',
  'aid',
  'US$1',
  'photo',
  '/ Xinhua',
  'Monday',
  'Monday (',
  'March',
  'and',
  ';',
  'President',
  '...',
]
const BLANKS = [' ', '\t', ' \n']
const TAILS = ['x 12 March 2024', 'Vietnam']
const REPEATED = ['end of March 2020. ', 'the last day of the month, ', 'in May. ', 'May ', '1/2 ', 'on 3/2024 ']

interface Shape {
  readonly name: string
  make(n: number): string
}

const SHAPES: Shape[] = [
  ...TRIGGERS.flatMap((word) =>
    BLANKS.flatMap((blank) =>
      TAILS.map((tail) => ({
        name: `${JSON.stringify(word)} + ${JSON.stringify(blank)}* + ${JSON.stringify(tail)}`,
        make: (n: number) => `Vietnam and China. ${word}${blank.repeat(Math.floor(n / blank.length))}${tail}`,
      })),
    ),
  ),
  { name: 'lines of one space', make: (n) => `Vietnam and China.\n${' \n'.repeat(n / 2)}Updated x` },
  { name: 'lines of spaces and a word', make: (n) => `Vietnam and China.\n${'   \nvisit to\n'.repeat(n / 13)}x` },
  { name: 'nested parentheses', make: (n) => `Vietnam and China. ${'('.repeat(n / 2)}Hanoi${')'.repeat(n / 2)}` },
  { name: 'dots', make: (n) => `Vietnam and China. ${'.'.repeat(n)}x` },
  // Dates repeated: chrono-node read the whole text before each date with a
  // pattern anchored at its end (quadratic in the dates; src/time/chrono-linear.ts).
  ...REPEATED.map((unit) => ({ name: `${JSON.stringify(unit)} repeated`, make: (n: number) => `Vietnam and China. ${unit.repeat(Math.floor(n / unit.length))}` })),
]

const exec = RegExp.prototype.exec

interface Work {
  /** Characters handed to unanchored searches (from where each starts to where it matched or the end). */
  chars: number
  /** Every regex Dyad's code runs (not its libraries'), by source and flags, with the longest input it was handed. */
  longest: Map<string, { regex: RegExp; chars: number }>
  /** Characters per regex (for the message when the total grows too fast). */
  byRegex: Map<string, number>
}

const ours = new Map<string, boolean>()

/** Whether the regex was run by code in src/ (decided once per regex from the first call's stack). */
function ranByDyad(key: string): boolean {
  let known = ours.get(key)
  if (known === undefined) {
    const frames = (new Error().stack ?? '').split('\n').slice(1).filter((f) => f.includes('/') && !f.includes('linear-work.test'))
    known = frames.length > 0 && !frames[0].includes('/node_modules/')
    ours.set(key, known)
  }
  return known
}

/** Run every stage over `text`, counting what the regular expressions are handed. */
function work(text: string): Work {
  const out: Work = { chars: 0, longest: new Map(), byRegex: new Map() }
  const ctx = createContext({ docId: 'dwork', source: 'work.txt', text, debug: false })
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const s = String(input)
    const from = this.global || this.sticky ? this.lastIndex : 0
    const m = exec.call(this, s)
    const key = `/${this.source}/${this.flags}`
    // A sticky or anchored search reads from where it stands (a failure costs what backtracking costs, checked per call).
    const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline)
    {
      const chars = anchored ? (m ? m[0].length : 1) : (m ? m.index + m[0].length : s.length) - from
      out.chars += chars
      out.byRegex.set(key, (out.byRegex.get(key) ?? 0) + chars)
    }
    if (!ranByDyad(key)) return m
    const seen = out.longest.get(key)
    if (!seen || seen.chars < s.length) out.longest.set(key, { regex: this, chars: s.length })
    return m
  }
  try {
    runStages(ctx, DEFAULT_STAGES)
  } finally {
    RegExp.prototype.exec = exec
  }
  return out
}

const bounded = new Map(polynomialRegexes(ROOT, literalRegexes(ROOT, ['src'])).map((p) => [p.source, p.bounded]))

/** Why a regex the stages ran is not linear on what it was handed, or null when it is. */
function problem(regex: RegExp, longest: number): string | null {
  let reports: string[]
  try {
    reports = analyse({ source: regex.source, flags: regex.flags }, { maxReports: 1 }).reports.map((r) => r.type)
  } catch {
    return null
  }
  if (reports.length === 0) return null
  const note = bounded.get(regex.source.length > 100 ? `${regex.source.slice(0, 100)}…` : regex.source)
  if (!note) return `/${regex.source.slice(0, 80)}/ is super-linear (${reports.join(', ')}) and has no "// bounded:" note`
  if (longest > BOUNDED_CHARS) return `/${regex.source.slice(0, 80)}/ is noted bounded (${note}) but was handed ${longest} characters`
  return null
}

describe('every stage does linear work on hostile text', () => {
  afterEach(() => {
    RegExp.prototype.exec = exec
  })

  it.each(SHAPES.map((s) => [s.name, s] as const))('%s', (_, shape) => {
    const small = work(shape.make(1000))
    const large = work(shape.make(4000))
    const problems = [...large.longest.values()].map((r) => problem(r.regex, r.chars)).filter((p) => p !== null)
    expect(problems).toEqual([])
    expect(small.chars).toBeGreaterThan(0)
    const growth = [...large.byRegex].map(([key, chars]) => ({ key: key.slice(0, 80), chars, growth: chars / (small.byRegex.get(key) ?? 1) }))
    const fastest = growth.sort((a, b) => b.chars - a.chars).slice(0, 3)
    expect(large.chars / small.chars, JSON.stringify(fastest)).toBeLessThan(6)
  })

  it('flags the old label pattern', () => {
    // The old label pattern, run on the same text as the dating code ran it.
    const cubic = /\b(?:updated)(?:\s+on)?\s*:?\s*(?:on\s+)?[,|-]?\s*$/i
    expect(problem(cubic, 10)).toMatch(/super-linear/)
  })
})
