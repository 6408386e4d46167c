/**
 * Parameter schemas shared by the HTTP API and the CLI, so both accept and
 * refuse the same pairs, dates and types with the same messages.
 */
import { z } from 'zod'
import { ENTITY_TYPES, EVENT_TYPES } from '../model/types.js'
import { readPair } from './pair.js'

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

/**
 * A country pair as people type it (`VN,CN`, `Vietnam,China`, or the
 * stored form `country:CN,country:VN`, as responses give it), read into a
 * Pair (two entity keys in the order given, and the stored form).
 */
export const pair = z
  .string()
  .transform((s, ctx) => {
    try {
      return readPair(s)
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `pair: ${error instanceof Error ? error.message : String(error)}` })
      return z.NEVER
    }
  })
  .describe('Two countries: ISO 3166-1 alpha-2 codes (VN,CN), names (Vietnam,China) or keys (country:VN,country:CN)')

/** An event type; a wrong one is answered with the list of valid types. */
export const eventType = z
  .enum(EVENT_TYPES, { error: (issue) => `type must be one of ${EVENT_TYPES.join(', ')} (got "${String(issue.input)}")` })
  .describe('Event type')

export { ENTITY_TYPES }

/** An entity type; a wrong one is answered with the list of valid types. */
export const entityType = z.enum(ENTITY_TYPES, { error: (issue) => `type must be one of ${ENTITY_TYPES.join(', ')} (got "${String(issue.input)}")` })

/** Whether an event happened or is planned. */
export const eventStatus = z.enum(['occurred', 'planned'], { error: (issue) => `status must be occurred or planned (got "${String(issue.input)}")` })

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

/** Filters of record lists (events, figures), as both the API and the CLI take them. */
export const recordFilters = {
  pair: pair.optional(),
  actor: text('actor').optional().describe('An entity key (person:xi jinping) or any of its names'),
  from: dateBound('from').optional(),
  to: dateBound('to').optional(),
}

/** An indicator name such as trade_turnover. */
export const indicatorName = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'indicator must be a name such as trade_turnover (lowercase letters, digits, _)')

/** Event list filters: record filters plus type and status. */
export const eventFilters = { ...recordFilters, type: eventType.optional(), status: eventStatus.optional() }

/** A yes/no parameter: true or false (1 or 0 also read). */
export const flag = z
  .enum(['true', 'false', '1', '0'], { error: (issue) => `must be true or false (got "${String(issue.input)}")` })
  .transform((v) => v === 'true' || v === '1')

/** Which comparisons of figures to list: conflicts (what cannot all be true), agreements, changes over time, or all. */
export const conflictKind = z
  .enum(['conflict', 'agreement', 'change_over_time', 'all'], {
    error: (issue) => `kind must be conflict, agreement, change_over_time or all (got "${String(issue.input)}")`,
  })
  .describe('conflict (only what cannot all be true), agreement, change_over_time, or all')

/** Entity list filters, as both /api/entities and `dyad entities` take them. */
export const entityFilters = {
  type: entityType.optional(),
  q: text('q').optional().describe('Part of any name or alias (case and diacritics ignored)'),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code, e.g. VN')
    .transform((c) => c.toUpperCase())
    .optional()
    .describe('Only entities of this country (ISO 3166-1 alpha-2)'),
  pair: pair.optional().describe('Only entities named in the documents of this pair'),
}
