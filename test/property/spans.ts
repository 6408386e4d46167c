import { expect } from 'vitest'

interface NumericSpan {
  start: number
  end: number
}

function isSpan(value: unknown): value is NumericSpan {
  return typeof value === 'object' && value !== null && typeof (value as NumericSpan).start === 'number' && typeof (value as NumericSpan).end === 'number'
}

/**
 * Every `{start, end}` object with numeric ends anywhere inside `value`
 * (spans, triggers, tails, role spans, converted-from spans), with its path.
 * Functions and strings are skipped; TimeInterval ends are strings.
 */
export function collectSpans(value: unknown, path = '$', out: { path: string; span: NumericSpan }[] = [], seen = new Set<object>()): { path: string; span: NumericSpan }[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out
  seen.add(value)
  if (isSpan(value)) out.push({ path, span: value })
  if (Array.isArray(value)) value.forEach((v, i) => collectSpans(v, `${path}[${i}]`, out, seen))
  else for (const [k, v] of Object.entries(value)) collectSpans(v, `${path}.${k}`, out, seen)
  return out
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff

/** True when offset `i` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i))
}

/** The problem with one span, or null when it is a valid range of `text`. */
export function spanProblem(text: string, span: NumericSpan): string | null {
  const { start, end } = span
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'non-integer offset'
  if (start < 0 || end > text.length) return `outside [0, ${text.length}]`
  if (start > end) return 'start after end'
  if (splitsPair(text, start) || splitsPair(text, end)) return 'splits a surrogate pair'
  return null
}

/** Assert every span inside `value` is a valid range of `text`, naming the first bad one. */
export function expectValidSpans(text: string, value: unknown, label: string): void {
  for (const { path, span } of collectSpans(value)) {
    const problem = spanProblem(text, span)
    if (problem) expect.fail(`${label} ${path} [${span.start}, ${span.end}) ${problem} in ${JSON.stringify(text)}`)
  }
}
