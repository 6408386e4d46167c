import type { EventMention, Published, ReferenceHint, TimeMention } from '../model/types.js'
import { bounds, isoOf, parseIsoDay, weekdayOf } from '../time/calendar.js'
import { monthOf, weekdayIndex } from '../time/words.js'
import { clusterKind, compatibleActors } from './events.js'

/** One processed document, with entity keys already resolved across documents. */
export interface DatingDocument {
  readonly id: string
  readonly published: Published | null
  readonly events: readonly EventMention[]
  /** Its time mentions: year evidence, and the weekday an event is said to fall on. */
  readonly times?: readonly TimeMention[]
  /**
   * True when its date was borrowed from a companion: it was processed with a
   * reference hint and states no date of its own (the store knows it from
   * the hint it kept). Such a date is never lent on, and may be borrowed anew.
   */
  readonly borrowed?: boolean
  /** Its pair of countries ("country:AR,country:BR"): documents of one pair may lend a year. */
  readonly pair?: string | null
}

/** A borrowed date, with the document it was borrowed from. */
export interface CrossDating extends ReferenceHint {
  readonly companion: string
}

// Events that are occasions: one real meeting, visit or call on given days.
const OCCASIONS = new Set(['visit', 'meeting', 'talks', 'summit', 'phone_call'])
// Acts of strain one side does to the other on a given day (an envoy summoned,
// diplomats expelled, a vessel seized): two outlets reporting the same act by
// the same country against the same country date a text that states no date.
const STRAIN_ACTS = new Set(['protest', 'expulsion', 'sanction', 'arrest', 'incident'])
/** An inferred window wider than this says little about the date. */
const WIDE_DAYS = 31
/** The widest window one stated year gives: the year and the days a report is written after it (src/time/dating/infer-window.ts). */
const YEAR_WINDOW_DAYS = 372
/** A companion's own window must be at most this wide. */
const COMPANION_DAYS = 14
/** The companion's date of the event must be at most this long (a visit of a week). */
const EVENT_DAYS = 8
/** A preview is assumed written within this many days before the event; a report within this many after. */
const PREVIEW_DAYS = 7
const REPORT_DAYS = 6
/** How far the weekday a text names may be from the companion's dates of the event. */
const WEEKDAY_SLACK = 1
const YEAR_IN_TEXT = /\b(?:1[6-9]|20)\d\d\b/

/** True when a document's date was borrowed from another one (such a date is never lent on). */
export function isCrossDated(doc: Pick<DatingDocument, 'borrowed'>): boolean {
  return doc.borrowed === true
}

/** Some expression states a year and names a day, week or month: the date rests on a year the text gives. */
function hasYearEvidence(doc: DatingDocument): boolean {
  return (doc.times ?? []).some((t) => t.value !== null && YEAR_IN_TEXT.test(t.text) && width(t.value) <= WIDE_DAYS)
}

function width(p: { start: string; end: string }): number {
  return parseIsoDay(p.end)! - parseIsoDay(p.start)! + 1
}

/** A document that may borrow: undated, dated by a wide window, or with no year it states at day or month precision. */
export function needsDating(doc: DatingDocument): boolean {
  const p = doc.published
  if (p === null) return true
  if (p.basis === 'stated') return false
  if (isCrossDated(doc)) return true
  return width(p) > WIDE_DAYS || !hasYearEvidence(doc)
}

/**
 * No date of its own worth the name: none, or a window longer than a year
 * with no year stated at day or month precision (the period in which the
 * people it names held the titles it gives them, src/time/dating/with-offices.ts).
 */
function undatedByText(doc: DatingDocument): boolean {
  return doc.published === null || (doc.published.basis === 'inferred' && width(doc.published) > YEAR_WINDOW_DAYS && !hasYearEvidence(doc))
}

/** A document that may lend: its own date stated, or inferred narrowly from a year it states. */
export function canLend(doc: DatingDocument): boolean {
  const p = doc.published
  if (p === null || isCrossDated(doc)) return false
  if (p.basis === 'stated') return true
  return width(p) <= COMPANION_DAYS && hasYearEvidence(doc)
}

const persons = (e: EventMention) => e.actors.filter((a) => a.startsWith('person:'))
const bodies = (e: EventMention) => e.actors.filter((a) => !a.startsWith('person:') && !a.startsWith('group:')).sort()

/**
 * Two mentions distinctive enough to be the same occasion across outlets:
 * same kind (a meeting in one, talks in the other), compatible actors (persons nest), no different host or place stated, and two shared
 * persons, or one and the same host or place, or (no persons) the same
 * countries visiting the same host.
 */
export function sameOccasion(a: EventMention, b: EventMention): boolean {
  if (clusterKind(a.type) !== clusterKind(b.type) || !OCCASIONS.has(a.type) || !OCCASIONS.has(b.type) || !compatibleActors(a, b)) return false
  // Stated in two different places or hosted by two different sides: two occasions.
  if ((a.place && b.place && a.place !== b.place) || (a.host && b.host && a.host !== b.host)) return false
  const pb = persons(b)
  const shared = persons(a).filter((p) => pb.includes(p)).length
  const sameWhere = (!!a.host && a.host === b.host) || (!!a.place && a.place === b.place)
  if (shared >= 2 || (shared === 1 && sameWhere)) return true
  if (shared > 0 || pb.length > 0 || persons(a).length > 0) return false
  const ba = bodies(a)
  return a.type === 'visit' && !!a.host && a.host === b.host && ba.length > 0 && ba.join('|') === bodies(b).join('|')
}

const countries = (keys: readonly string[] | undefined) => [...new Set((keys ?? []).filter((k) => k.startsWith('country:')))].sort().join('|')

/** The directed country pair of a strain act ("country:PL>country:UA"), or null when either side is not a country. */
function strainKey(e: EventMention): string | null {
  if (!STRAIN_ACTS.has(e.type)) return null
  const from = countries(e.sourceActors)
  const to = countries(e.targetActors)
  return from && to && from !== to ? `${e.type}|${e.cameo.slice(0, 2)}|${from}>${to}` : null
}

/**
 * The same act of strain in two reports: same type and CAMEO root, the same
 * countries acting on the same countries, and no different place stated.
 * Only a text with no date of its own borrows by it (acts of one dispute
 * repeat within weeks; a meeting of named persons is more distinctive).
 */
export function sameStrainAct(a: EventMention, b: EventMention): boolean {
  const key = strainKey(a)
  return key !== null && key === strainKey(b) && !(a.place && b.place && a.place !== b.place)
}

/**
 * A document's time mentions by where they start, so those inside an
 * event's evidence are found without reading every one (windowFrom asks for
 * each event and each companion). Built once per document.
 */
class TimesIndex {
  private readonly times: readonly TimeMention[]
  private readonly memo = new Map<EventMention, { weekday: number | null; month: number | null }>()
  constructor(doc: DatingDocument) {
    this.times = [...(doc.times ?? [])].sort((a, b) => a.span.start - b.span.start)
  }

  /** The time mentions inside `e`'s evidence. */
  private *within(e: EventMention): Generator<TimeMention> {
    let lo = 0
    let hi = this.times.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.times[mid].span.start < e.span.start) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < this.times.length && this.times[i].span.start <= e.span.end; i++) {
      const t = this.times[i]
      if (t.span.end <= e.span.end) yield t
    }
  }

  /** What the text names for an event: its weekday and its month (each null unless exactly one). */
  named(e: EventMention): { weekday: number | null; month: number | null } {
    let found = this.memo.get(e)
    if (!found) this.memo.set(e, (found = { weekday: namedWeekday(this.within(e)), month: namedMonth(this.within(e)) }))
    return found
  }
}

/** The weekday the text names for an event (a weekday expression inside its evidence), or null. */
function namedWeekday(times: Iterable<TimeMention>): number | null {
  const days = new Set<number>()
  for (const t of times) {
    if (t.ruleId !== 'time:weekday') continue
    const m = /[A-Za-z]+/.exec(t.text.replace(/^(?:last|next|this|coming|past)\s+/i, '').replace(/^(?:past|coming)\s+/i, ''))
    const wd = m ? weekdayIndex(m[0]) : -1
    if (wd >= 0) days.add(wd)
  }
  return days.size === 1 ? [...days][0] : null
}

/** The month the text names for an event ("on December 10" inside its evidence), or null. */
function namedMonth(times: Iterable<TimeMention>): number | null {
  const months = new Set<number>()
  for (const t of times) {
    const m = MONTH.exec(t.text)
    if (m) months.add(monthOf(m[0]))
  }
  return months.size === 1 ? [...months][0] : null
}

interface Match {
  readonly companion: DatingDocument
  readonly own: EventMention
  readonly other: EventMention
  readonly start: number
  readonly end: number
  readonly reference: number
  /** Written only for the match chosen. */
  readonly why: () => string
}

/**
 * The window one shared occasion gives: an announced occasion was written
 * about in the week before it; a reported one in the days after it (after
 * the weekday named, when the text names one near the companion's dates).
 * Null when the weekday the text names cannot fall on those dates.
 */
function windowFrom(times: TimesIndex, own: EventMention, companion: DatingDocument, other: EventMention): Match | null {
  const [s, e] = bounds(other.when!)
  const { month, weekday: wd } = times.named(own)
  // "Chinese ships fired water cannons on December 10": a month the text names must be the companion's.
  if (month !== null && month !== Number(isoOf(s).slice(5, 7)) && month !== Number(isoOf(e).slice(5, 7))) return null
  let day = s
  if (wd !== null) {
    const fits: number[] = []
    for (let d = s - WEEKDAY_SLACK; d <= e + WEEKDAY_SLACK; d++) if (weekdayOf(d) === wd) fits.push(d)
    if (fits.length === 0) return null
    day = fits.sort((x, y) => Math.abs(x - s) - Math.abs(y - s) || x - y)[0]
  }
  const strain = strainKey(own)
  const base = () => {
    const who = strain
      ? `${countries(own.sourceActors)} against ${countries(own.targetActors)}`
      : [...new Set([...persons(own), ...(own.host ? [own.host] : [])])].join(', ') || bodies(own).join(', ')
    const on = wd !== null ? `the weekday it names falls on ${isoOf(day)}` : `dated ${isoOf(s)}${e > s ? ` to ${isoOf(e)}` : ''}`
    return `the ${own.type} of ${who} is reported by ${companion.id} (${other.status}, ${isoOf(s)}${e > s ? ` to ${isoOf(e)}` : ''}); ${on}`
  }
  if (own.status === 'planned') {
    return {
      companion,
      own,
      other,
      start: day - PREVIEW_DAYS,
      end: day,
      reference: day,
      why: () => `${base()}; announced here, so written within ${PREVIEW_DAYS} days before it`,
    }
  }
  const end = (wd !== null ? day : e) + REPORT_DAYS
  // The text's own weekdays ("on Friday", "on Tuesday") are read from the day after the act: news of a summons or an expulsion runs the next day.
  const reference = strain ? Math.min(end, (wd !== null ? day : e) + 1) : end
  return { companion, own, other, start: day, end, reference, why: () => `${base()}; reported here as done, so written within ${REPORT_DAYS} days after it` }
}

function rank(m: Match): [number, number, number, string, number, number] {
  const p = m.companion.published!
  const [s, e] = bounds(m.other.when!)
  return [p.basis === 'stated' ? 0 : 1, width(p), e - s, m.companion.id, m.other.span.start, m.own.span.start]
}

function compare(ra: readonly (number | string)[], rb: readonly (number | string)[]): number {
  for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] < rb[i] ? -1 : 1
  return 0
}

/**
 * Cross-document dating. For each document whose own date is weak (none, a
 * wide window, no year stated at day or month precision), find documents
 * with a firm date (stated, or a narrow window from a stated year; never
 * one whose date was itself borrowed) that report the same occasion
 * (`sameOccasion`) dated within a week, and take its date: an occasion the
 * document announces was still to come when it was written, one it reports
 * had happened. The result must not end before the start of the document's
 * own window (what it reports as done). Occasions whose dates disagree by
 * more than a week leave the document as it is. Pure and deterministic:
 * the same documents in any order give the same result.
 * Returns document id -> the reference hint to process it again with.
 */
export function crossDate(docs: readonly DatingDocument[]): Map<string, CrossDating> {
  const sorted = [...docs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const index = new Map<string, { doc: DatingDocument; event: EventMention }[]>()
  for (const doc of sorted) {
    if (!canLend(doc)) continue
    for (const event of doc.events) {
      if (!event.when || width(event.when) > EVENT_DAYS) continue
      for (const k of blockKeys(event)) {
        const list = index.get(k) ?? []
        list.push({ doc, event })
        index.set(k, list)
      }
    }
  }
  const out = new Map<string, CrossDating>()
  for (const doc of sorted) {
    if (!needsDating(doc)) continue
    const floor = doc.published && !isCrossDated(doc) ? parseIsoDay(doc.published.start)! : -Infinity
    const matches: Match[] = []
    const seen = new Set<string>()
    const times = new TimesIndex(doc)
    // monthsFit reads only the month of the day it is given: once per month.
    const fitByMonth = new Map<string, boolean>()
    const fits = (reference: number) => {
      const month = isoOf(reference).slice(5, 7)
      let fit = fitByMonth.get(month)
      if (fit === undefined) fitByMonth.set(month, (fit = monthsFit(doc, reference)))
      return fit
    }
    for (const own of doc.events) {
      for (const k of blockKeys(own, undatedByText(doc))) {
        for (const c of index.get(k) ?? []) {
          if (c.doc.id === doc.id) continue
          const pairKey = `${own.span.start}|${own.type}|${c.doc.id}|${c.event.span.start}|${c.event.type}`
          if (seen.has(pairKey)) continue
          seen.add(pairKey)
          if (!sameOccasion(own, c.event) && !sameStrainAct(own, c.event)) continue
          // "agreed on Wednesday to meet soon": a plan not dated in its own words is dated by when it was
          // made (the article, the verb that embeds it), which dates another report of that plan, not the sitting.
          if (planDatedByItsMaking(c.event) && own.status !== 'planned') continue
          const m = windowFrom(times, own, c.doc, c.event)
          if (m && m.end >= floor && fits(m.reference)) matches.push(m)
        }
      }
    }
    if (matches.length === 0) {
      const year = undatedByText(doc) ? pairYear(doc, sorted) : null
      if (year) out.set(doc.id, year)
      continue
    }
    // Each match ranked once (the rank reads dates), then a stable sort by rank.
    const ranked = matches.map((m) => ({ m, r: rank(m) }))
    ranked.sort((a, b) => compare(a.r, b.r))
    const best = ranked[0].m
    // Companions that put the occasion more than a week apart: two occasions, not one; borrow nothing.
    if (matches.some((m) => m.start > best.end + PREVIEW_DAYS || m.end < best.start - PREVIEW_DAYS)) continue
    out.set(doc.id, {
      companion: best.companion.id,
      reference: isoOf(best.reference),
      published: { start: isoOf(best.start), end: isoOf(best.end), basis: 'inferred' },
      reasoning: best.why(),
    })
  }
  return out
}

function planDatedByItsMaking(e: EventMention): boolean {
  return e.status === 'planned' && e.whenBasis !== undefined && e.whenBasis !== 'stated'
}

/**
 * The days a text names without their year ("on December 10") must be
 * near the borrowed day: news recounts the weeks before it and announces
 * the weeks after, so a text naming December is not written in August.
 */
function monthsFit(doc: DatingDocument, reference: number): boolean {
  const month = Number(isoOf(reference).slice(5, 7))
  for (const t of doc.times ?? []) {
    // A day and month ("December 10"), not a bare month ("in October" may be last year's).
    // (Read across a wide window, from the titles the text gives people, it is still a day without its year.)
    if ((t.value !== null && width(t.value) <= WIDE_DAYS) || YEAR_IN_TEXT.test(t.text) || !/\d/.test(t.text)) continue
    const m = MONTH.exec(t.text)
    if (!m) continue
    const back = (month - monthOf(m[0]) + 12) % 12
    if (back > 2 && back < 11) return false
  }
  return true
}

/**
 * Blocking keys: for occasions, type and each person (for visits without
 * persons, type and host); for strain acts, the act and its directed pair
 * (looked up only for a text with no date, `strainToo`).
 */
function blockKeys(e: EventMention, strainToo = true): string[] {
  if (!OCCASIONS.has(e.type)) {
    const key = strainToo ? strainKey(e) : null
    return key ? [`strain|${key}`] : []
  }
  const people = persons(e)
  if (people.length > 0) return people.map((p) => `${clusterKind(e.type)}|${p}`)
  return e.host ? [`${clusterKind(e.type)}|host|${e.host}`] : []
}

// A month and day with no year: "January 23", "Jan. 5", "5 January".
const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/

/**
 * The last resort for an undated text that names days without their year
 * ("Lula and Fernández meet on January 23"): no report of the same occasion
 * dates it, but the documents of its pair with a firm date were all written
 * in one year. That year is lent, and the text's own dates are read in it
 * (a weekday it pairs with a date may still move it to the year they agree).
 * Companions of several years lend only when those that name one of its
 * persons agree on one.
 */
function pairYear(doc: DatingDocument, docs: readonly DatingDocument[]): CrossDating | null {
  // Its days without a year: unresolved, or read across the window of the titles it gives people.
  if (!doc.pair || !(doc.times ?? []).some((t) => MONTH.test(t.text) && /\d/.test(t.text) && !YEAR_IN_TEXT.test(t.text))) return null
  const all = docs.filter((d) => d.id !== doc.id && d.pair === doc.pair && canLend(d))
  const yearsOf = (list: readonly DatingDocument[]) => new Set(list.map((d) => Number(d.published!.start.slice(0, 4))))
  // Several years: those that name one of its persons, if they agree ("Lula and Fernández meet on January 23").
  const own = new Set(doc.events.flatMap(persons))
  const companions = yearsOf(all).size > 1 ? all.filter((d) => d.events.some((e) => persons(e).some((p) => own.has(p)))) : all
  const years = yearsOf(companions)
  if (years.size !== 1) return null
  const year = [...years][0]
  // A year those titles allow.
  if (doc.published && (doc.published.end < `${year}-01-01` || doc.published.start > `${year}-12-31`)) return null
  const names = companions.map((d) => d.id).sort()
  return {
    companion: names[0],
    year,
    reference: `${year}-12-31`,
    published: { start: `${year}-01-01`, end: `${year}-12-31`, basis: 'inferred' },
    reasoning: `no report of the same occasion; the dated documents of its pair (${names.join(', ')}) were all written in ${year}, so its dates without a year are read in ${year}`,
  }
}
