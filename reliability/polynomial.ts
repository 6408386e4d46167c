// The static half of the regex checks: every regular-expression literal in
// src/ (and every recognizer pattern) analysed by scslre for super-linear
// backtracking, the shapes the growth scan misses because its inputs carry
// no trigger word ("Updated" + 5,000 spaces + "x" was cubic in
// src/time/dating/stated.ts). A regex the code only ever applies to a short
// slice may stay as it is when the statement that holds it says so with a
// comment `// bounded: <why>`; every other report is a finding.
import { readFileSync } from 'node:fs'
import { analyse } from 'scslre'
import type { FoundRegex } from './regexes.js'

/** One regex scslre reports as super-linear, with the reason it may stay (null: it may not). */
export interface PolynomialRegex {
  readonly where: string
  readonly source: string
  /** "Trade", "Move" or "Self" per report, `!` when exponential, with the quantifiers involved. */
  readonly reports: readonly string[]
  readonly bounded: string | null
}

const BOUNDED = /\/\/\s*bounded:\s*(.+)/

/** The `// bounded: ...` note on the literal's line or in the lines right above it (up to a blank line), if any. */
export function boundedNote(file: string, line: number): string | null {
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = line - 1; i >= Math.max(0, line - 7); i--) {
    const m = BOUNDED.exec(lines[i])
    if (m) return m[1].trim()
    if (lines[i].trim() === '') break
  }
  return null
}

function describe(regex: RegExp): string[] {
  let result
  try {
    result = analyse({ source: regex.source, flags: regex.flags }, { maxReports: 4 })
  } catch {
    return []
  }
  return result.reports.map((r) => {
    const quants = r.type === 'Trade' ? `${r.startQuant.raw} / ${r.endQuant.raw}` : r.quant.raw
    return `${r.type}${r.exponential ? '!' : ''} ${quants}`.slice(0, 120)
  })
}

/** Every found regex that scslre reports as super-linear (polynomial or exponential). */
export function polynomialRegexes(root: string, found: readonly FoundRegex[]): PolynomialRegex[] {
  const out: PolynomialRegex[] = []
  // A recognizer's pattern that is also a literal is reported once, where the literal is.
  const literal = new Set(found.filter((f) => f.where.includes(':')).map((f) => f.regex.source))
  for (const f of found) {
    if (!f.where.includes(':') && literal.has(f.regex.source)) continue
    const reports = describe(f.regex)
    if (reports.length === 0) continue
    const m = /^(.*):(\d+)$/.exec(f.where)
    const bounded = m ? boundedNote(`${root}/${m[1]}`, Number(m[2])) : null
    out.push({ where: f.where, source: f.regex.source.length > 100 ? `${f.regex.source.slice(0, 100)}…` : f.regex.source, reports, bounded })
  }
  return out
}
