import { foldName } from '../../util/fold.js'
import { dayNumber, daysInMonth, parseIsoDay } from '../calendar.js'
import { OFFICE_TERMS, OFFICE_TERMS_KNOWN_UNTIL, type OfficeRow } from './office-terms-data.js'

/** The offices the table knows, each named in news by a family of titles (organization: the heads of the EU's institutions, the UN, NATO, the AU, ASEAN). */
export type Office = 'head_of_state' | 'head_of_government' | 'foreign_minister' | 'party_leader' | 'organization'

/** One term of one person in one office, as day numbers (end: the table's last known day when still in office). */
export interface OfficeTerm {
  readonly country: string
  readonly office: Office
  readonly name: string
  readonly start: number
  readonly end: number
  /** Still in office when the table was last checked. */
  readonly open: boolean
}

/** The last day the table was checked: a term still running is known to run until then. */
export const KNOWN_UNTIL = parseIsoDay(OFFICE_TERMS_KNOWN_UNTIL)!

/** Terms by folded name or alias (several people may share a surname; a person may have several terms). */
export const TERMS_BY_NAME: ReadonlyMap<string, readonly OfficeTerm[]> = indexTerms(OFFICE_TERMS)

/** The longest name or alias in tokens: how far a name lookup reads. */
export const LONGEST_NAME = Math.max(...[...TERMS_BY_NAME.keys()].map((k) => k.split(' ').length))

function indexTerms(rows: readonly OfficeRow[]): Map<string, OfficeTerm[]> {
  const out = new Map<string, OfficeTerm[]>()
  for (const [country, office, name, aliases, start, end] of rows) {
    const term: OfficeTerm = {
      country,
      office,
      name,
      start: firstDay(start),
      end: end === null ? KNOWN_UNTIL : lastDay(end),
      open: end === null,
    }
    for (const form of new Set([name, ...aliases].map(foldName))) {
      // A one-word alias of three letters or fewer ("Kim", "Lee") names too many people.
      if (!form.includes(' ') && form.length <= 3) continue
      const list = out.get(form) ?? []
      list.push(term)
      out.set(form, list)
    }
  }
  return out
}

/** "2022-05-23" or "2022-05": the first day it names. */
function firstDay(iso: string): number {
  return parseIsoDay(iso.length === 7 ? `${iso}-01` : iso)!
}

/** "2022-05-23" or "2022-05": the last day it names. */
function lastDay(iso: string): number {
  if (iso.length !== 7) return parseIsoDay(iso)!
  const [y, m] = iso.split('-').map(Number) as [number, number]
  return dayNumber(y, m, daysInMonth(y, m))
}
