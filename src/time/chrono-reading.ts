import * as chrono from 'chrono-node'
import type { Granularity, TimeInterval } from '../model/types.js'
import type { ChronoLanguage } from './languages.js'
import { linearEnglish } from './chrono-linear.js'
import { daysInMonth, dayNumber, between } from './calendar.js'

/**
 * chrono-node underneath the time stage: its parsers, per language, and its
 * components read as Dyad intervals at the precision chrono is certain of.
 */

/** The languages chrono-node parses (see CHRONO_LANGUAGE_CODES), each with its casual parser (English's linear in the text: chrono-linear.ts). */
export const CHRONO_LANGUAGES: Readonly<Record<ChronoLanguage, chrono.Chrono>> = {
  en: linearEnglish(false),
  de: chrono.de.casual,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
  it: chrono.it.casual,
  ja: chrono.ja.casual,
  nl: chrono.nl.casual,
  pt: chrono.pt.casual,
  ru: chrono.ru.casual,
  sv: chrono.sv.casual,
  uk: chrono.uk.casual,
  zh: chrono.zh.casual,
}

/** English with the day first in numeric dates (10/12/2017 = 10 December). */
export const CHRONO_DAY_FIRST = linearEnglish(true)

/** Noon of an ISO day in local time: chrono counts days on the local calendar. */
export function chronoReference(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(y, m - 1, d, 12)
}

/** A weekday ("Friday of next week") names one day though chrono only implies its date. */
export function dayCertain(c: chrono.ParsedComponents): boolean {
  return c.isCertain('day') || c.isCertain('weekday')
}

/** Whether chrono states the year and month itself (not implied from the reference). */
export function statesYearAndMonth(c: chrono.ParsedComponents): boolean {
  return c.isCertain('year') && c.isCertain('month')
}

function edge(c: chrono.ParsedComponents, last: boolean, precision: Granularity): number {
  const y = c.get('year')!
  const m = c.get('month')!
  if (precision === 'day') return dayNumber(y, m, c.get('day')!)
  if (precision === 'month') return dayNumber(y, m, last ? daysInMonth(y, m) : 1)
  return dayNumber(y, last ? 12 : 1, last ? 31 : 1)
}

function precisionOf(c: chrono.ParsedComponents): Granularity {
  return dayCertain(c) ? 'day' : c.isCertain('month') ? 'month' : 'year'
}

/** A chrono result as an interval: a day, a month or a year, or a range of them (at the coarser end's precision). */
export function chronoInterval(result: chrono.ParsedResult): TimeInterval | null {
  const p1 = precisionOf(result.start)
  const p2 = result.end ? precisionOf(result.end) : p1
  const precision: Granularity = p1 === 'year' || p2 === 'year' ? 'year' : p1 === 'month' || p2 === 'month' ? 'month' : 'day'
  const start = edge(result.start, false, precision)
  const end = edge(result.end ?? result.start, true, precision)
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return null
  return between(start, end, precision)
}
