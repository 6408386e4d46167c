import countries from 'i18n-iso-countries'
import { z } from 'zod'

/** Paging parameters shared by the list routes. */
export const paging = {
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Page size, 1 to 500'),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0).describe('Items to skip'),
}

/** A free-text query: trimmed, 1 to 200 characters. */
export const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .max(200, `${what} must be at most 200 characters`)
    .refine((s) => !/[\u0000-\u001f]/.test(s), `${what} must not contain control characters`)

/**
 * An id in a path: stored ids are short hex strings, entity ids are keys
 * such as `country:VN` or `person:<folded name>`.
 */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(300)
    .refine((s) => !/[\u0000-\u001f]/.test(s), 'id must not contain control characters')
    .describe('The record id'),
})

const PAIR = /^(?:country:)?([A-Za-z]{2}),(?:country:)?([A-Za-z]{2})$/

/**
 * `VN,CN` (or the stored form `country:CN,country:VN`, as responses give
 * it): two ISO 3166-1 alpha-2 codes, turned into entity keys.
 */
export const pair = z
  .string()
  .regex(PAIR, 'pair must be two ISO 3166-1 alpha-2 codes, e.g. VN,CN')
  // zod runs every check even after one fails, so each tolerates a non-match
  .refine((s) => PAIR.exec(s)?.slice(1).every((c) => countries.isValid(c.toUpperCase())) ?? true, 'pair names an unknown country code')
  .refine((s) => {
    const m = PAIR.exec(s)
    return !m || m[1]!.toUpperCase() !== m[2]!.toUpperCase()
  }, 'pair must name two different countries')
  .transform((s) => PAIR.exec(s)!.slice(1).map((c) => `country:${c.toUpperCase()}`) as [string, string])
  .describe('Two ISO 3166-1 alpha-2 country codes, e.g. VN,CN (country:VN,country:CN also accepted)')

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Days in a month (month 1-12). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * A date bound: `2024`, `2024-03` or `2024-03-15`. `from` opens at the
 * first day it names, `to` closes at the last, so `to=2024` includes
 * December 31.
 */
export function dateBound(side: 'from' | 'to') {
  return z
    .string()
    .refine((s) => {
      const m = DATE.exec(s)
      if (!m) return false
      const [y, mo, d] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1]
      return mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)
    }, `${side} must be a date: YYYY, YYYY-MM or YYYY-MM-DD`)
    .transform((s) => {
      const m = DATE.exec(s)!
      const y = Number(m[1])
      const mo = m[2] ? Number(m[2]) : side === 'from' ? 1 : 12
      const d = m[3] ? Number(m[3]) : side === 'from' ? 1 : daysIn(y, mo)
      return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    })
    .describe(`${side === 'from' ? 'Earliest' : 'Latest'} day, as YYYY, YYYY-MM or YYYY-MM-DD`)
}

/** Check `from <= to` on an object schema holding both. */
export function orderedDates<T extends { from?: string; to?: string }>(v: T, ctx: z.RefinementCtx): void {
  if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' })
}
