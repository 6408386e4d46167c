// The indicators stage must stay linear in the figures of a sentence: a
// sentence of thousands of "1% 1% 1% ..." once took 1.2 s at 64,000
// characters because every figure rescanned the figures, cues, parties and
// phrases before it. Time is not asserted (no timing in tests); the work is
// counted instead: reads of the figure and entity records the build step is
// given, and characters handed to unanchored regular expressions. Work on a
// sentence four times longer must be about four times the work (linear),
// far from the sixteen times a rescan per figure costs.
import { afterEach, describe, expect, it } from 'vitest'
import { buildMentions } from '../../src/indicators/build.js'
import { FIGURE_RECOGNIZERS, FIGURE_REFINERS } from '../../src/indicators/config.js'
import type { Figure } from '../../src/indicators/figure.js'
import { figureStretches } from '../../src/indicators/interpret/stretch.js'
import { indicatorStage } from '../../src/indicators/stage.js'
import { recognize } from '../../src/pipeline/recognizer.js'
import { type Extra, makeContext } from './fixtures.js'

const EXTRA: Extra[] = [
  ['Joint Trade Committee', 'mechanism', 'mechanism:joint-trade-committee'],
  ['Trade Ministry', 'organization', 'organization:trade-ministry'],
]

// One clause each, repeated with changing numbers into one long sentence.
const UNITS = [
  'Brazil exports to Argentina rose N% ',
  'Chile’s exports to Peru grew N% to $N billion in 20NN, ',
  'Peru is the largest trading partner of Chile and the N-th largest investor, ',
  'the Joint Trade Committee has held N meetings, ',
  'the two parties held N workshops, ',
  'according to the Trade Ministry, trade reached $N billion, ',
  'N billion pounds of trade, ',
  'US$N million (about N million euros) in aid, ',
  'as of May 20NN, N million doses were donated, ',
  'Mexico’s exports fell N% ',
  'N investment projects of FDI, ',
  'trade rose N% from 20NN; ',
]

/** One sentence of `n` clauses of `unit` ("N" replaced by changing digits). */
function sentence(unit: string, n: number): string {
  const parts = Array.from({ length: n }, (_, i) => unit.replace(/N+/g, (m) => String(10 + ((i * 7) % 89)).padStart(m.length, '1')))
  return `Brazil and Argentina met on Monday. ${parts.join('')}and so on.`
}

/** A record whose property reads are counted. */
function counted<T extends object>(record: T, counter: { reads: number }): T {
  return new Proxy(record, {
    get(target, key, receiver) {
      counter.reads++
      return Reflect.get(target, key, receiver)
    },
  })
}

/** Reads of figures and entities by the build step over a sentence of `n` clauses. */
function recordReads(unit: string, n: number): number {
  const ctx = makeContext(sentence(unit, n), { entities: EXTRA })
  const counter = { reads: 0 }
  ctx.entities = ctx.entities.map((e) => counted(e, counter))
  const figures: Figure[] = recognize(ctx, FIGURE_RECOGNIZERS, FIGURE_REFINERS).map((f) => counted(f, counter))
  counter.reads = 0
  buildMentions(ctx, figures)
  return counter.reads
}

const exec = RegExp.prototype.exec

/**
 * Characters the indicators stage hands to regular expressions over a
 * sentence of `n` clauses: from where each search starts to where it
 * matched (or the end). Anchored patterns (`^...`) stop at once on a
 * mismatch and are not counted.
 */
function regexCharacters(unit: string, n: number): number {
  const ctx = makeContext(sentence(unit, n), { entities: EXTRA })
  let scanned = 0
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0
    const m = exec.call(this, input)
    if (!this.source.startsWith('^') || this.multiline) scanned += (m ? m.index + m[0].length : String(input).length) - from
    return m
  }
  try {
    indicatorStage.run(ctx)
  } finally {
    RegExp.prototype.exec = exec
  }
  return scanned
}

describe('indicators work grows linearly with the figures of a sentence', () => {
  afterEach(() => {
    RegExp.prototype.exec = exec
  })

  it.each(UNITS)('record reads: %s', (unit) => {
    const small = recordReads(unit, 60)
    const large = recordReads(unit, 240)
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(6)
  })

  it.each(UNITS)('regex characters: %s', (unit) => {
    const small = regexCharacters(unit, 60)
    const large = regexCharacters(unit, 240)
    expect(small).toBeGreaterThan(0)
    expect(large / small).toBeLessThan(5)
  })

  it('reads each figure of a run of percentages a bounded number of times to find its stretch', () => {
    // "1% 1% 1% ...": the case that took 1.2 s at 64,000 characters. The figures list is
    // counted as a whole (a copy or a search of the figures before each one reads them all).
    const reads = (n: number) => {
      const ctx = makeContext(`${'1% '.repeat(n)}!`)
      const figures = recognize(ctx, FIGURE_RECOGNIZERS, FIGURE_REFINERS)
      expect(figures).toHaveLength(n)
      const counter = { reads: 0 }
      figureStretches(ctx.text, ctx.sentences[0].span, counted(figures, counter))
      return counter.reads
    }
    expect(reads(1000) / reads(250)).toBeLessThan(4.5)
  })

  it('gives a figure the stretch back to the previous figure of its kind', () => {
    const ctx = makeContext('Exports rose 5% to $147 billion, while imports fell 2% to $90 billion.')
    const figures = recognize(ctx, FIGURE_RECOGNIZERS, FIGURE_REFINERS)
    const [, amount, , second] = figureStretches(ctx.text, ctx.sentences[0].span, figures)
    // The first amount reaches back to the sentence start ("Exports"); the second only to the first amount.
    expect(ctx.text.slice(amount.left.start, amount.left.end)).toBe('Exports rose 5% to ')
    expect(ctx.text.slice(second.left.start, second.left.end)).toBe(', while imports fell 2% to ')
    // The clause break stops the first amount's right stretch.
    expect(ctx.text.slice(amount.right.start, amount.right.end)).toBe('')
  })

  it('finds the figures it is measured on', () => {
    const ctx = makeContext(sentence(UNITS[1], 20), { entities: EXTRA })
    indicatorStage.run(ctx)
    const kinds = new Set(ctx.indicators.map((m) => m.indicator))
    expect(kinds).toContain('exports')
    expect(kinds).toContain('growth_pct')
  })
})
