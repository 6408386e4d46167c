import { quadClass } from '../../shared/cameo-scale.js'
import { humanize } from '../../shared/figure-text.js'
import { formatWhen } from '../../shared/when-text.js'
import type { DistinctEvent } from './distinct.js'
import { isTally } from './span.js'

/** Consultations in CAMEO's sense (04x): who met whom, and where. */
const CONTACT_TYPES = new Set(['visit', 'talks', 'meeting', 'phone_call', 'summit'])

type Name = (key: string | null | undefined) => string

const people = (d: DistinctEvent) => d.best.actors.filter((a) => a.startsWith('person:'))
const endOf = (d: DistinctEvent) => d.best.when?.end ?? ''

const DAY = 86_400_000
const startOf = (d: DistinctEvent) => d.best.when?.start ?? ''

/** A visit says most about an occasion (who went where), then a summit, talks, a meeting, a call. */
const LEAD_ORDER = ['visit', 'summit', 'talks', 'meeting', 'phone_call']

/**
 * Contacts of one occasion: they share a person and their intervals overlap
 * or touch (a visit, the talks held on it and the meeting of the same
 * ministers are one occasion, told once). Groups keep the given order.
 */
export function occasionsOf(ds: readonly DistinctEvent[]): DistinctEvent[][] {
  const parent = ds.map((_, i) => i)
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)))
  const near = (a: DistinctEvent, b: DistinctEvent) =>
    Date.parse(startOf(a)) <= Date.parse(endOf(b)) + DAY && Date.parse(startOf(b)) <= Date.parse(endOf(a)) + DAY
  for (let i = 0; i < ds.length; i++)
    for (let j = i + 1; j < ds.length; j++) {
      const [a, b] = [ds[i]!, ds[j]!]
      if (a.best.status === b.best.status && people(a).some((p) => people(b).includes(p)) && near(a, b)) parent[root(j)] = root(i)
    }
  const groups = new Map<number, DistinctEvent[]>()
  ds.forEach((d, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), d]))
  return [...groups.values()]
}

/** High-level contacts: consultations with a named person taking part, newest first, at most `max` occasions; those that happened, then those planned. */
export function highLevelContacts(events: readonly DistinctEvent[], max = 4): { occurred: DistinctEvent[]; planned: DistinctEvent[] } {
  const contacts = events.filter((d) => CONTACT_TYPES.has(d.best.type) && d.best.when && !isTally(d.best) && people(d).length > 0)
  const newest = [...contacts].sort((a, b) => endOf(b).localeCompare(endOf(a)) || a.key.localeCompare(b.key))
  const occurred = occasionsOf(newest.filter((d) => d.best.status === 'occurred'))
    .slice(0, max)
    .flat()
  const latest = occurred.reduce((m, d) => (endOf(d) > m ? endOf(d) : m), '')
  // planned after the latest that happened: what is coming, not a plan the record has since overtaken
  const planned = newest.filter((d) => d.best.status === 'planned' && endOf(d) > latest).reverse()
  // at most two occasions (three summits of one trip are one occasion)
  return { occurred, planned: occasionsOf(planned).slice(0, 2).flat() }
}

/**
 * Contacts in words, one phrase per occasion: the lead contact (a visit
 * first), the others' persons and summits added, over the occasion's whole
 * interval: "Takeshi Iwaya's visit to South Korea, meeting Cho Tae-yul
 * (12–13 Jan 2025)", not the visit, the talks and the meeting one by one.
 */
export function contactsText(ds: readonly DistinctEvent[], name: Name): string {
  return [...new Set(occasionsOf(ds).map((g) => occasionText(g, name)))].join('; ')
}

function occasionText(g: readonly DistinctEvent[], name: Name): string {
  const rank = (d: DistinctEvent) => (LEAD_ORDER.indexOf(d.best.type) + 1 || LEAD_ORDER.length + 1) * 10 - (d.best.host ? 1 : 0)
  const lead = [...g].sort((a, b) => rank(a) - rank(b))[0]!
  const when = { start: g.map(startOf).sort()[0]!, end: g.map(endOf).sort().at(-1)! }
  const span = g.length === 1 || (when.start === startOf(lead) && when.end === endOf(lead)) ? lead.best.when : when
  const extras: string[] = []
  const summits = g.filter((d) => d.best.type === 'summit').length
  if (summits > (lead.best.type === 'summit' ? 1 : 0)) extras.push(summits === 1 ? 'at a summit' : `at ${summits} summits`)
  if (lead.best.type === 'summit' && summits > 1) return `${list(people(lead).map(name))} at ${summits} summits (${formatWhen(span)})`
  const others = [...new Set(g.flatMap(people))].filter((p) => !people(lead).includes(p)).map(name)
  if (others.length && ['visit', 'summit'].includes(lead.best.type)) extras.push(`meeting ${list(others)}`)
  const base = contactText(lead, name).replace(/ \([^()]*\)$/, '')
  return `${base}${extras.length ? `, ${extras.join(', ')}` : ''} (${formatWhen(span)})`
}

const list = (xs: readonly string[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`)

/** One contact in words: "Tô Lâm's visit to China (Aug 2024)". */
export function contactText(d: DistinctEvent, name: Name): string {
  const e = d.best
  const who = people(d).map(name)
  const others = e.actors.filter((a) => !a.startsWith('person:') && a !== e.host).map(name)
  const host = e.host ? name(e.host) : null
  const list = (xs: string[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`)
  let text: string
  switch (e.type) {
    case 'visit':
      text = `${list(who)}'s visit${host ? ` to ${host}` : ''}`
      break
    case 'summit':
      text = `${list(who)} at a summit${host ? ` in ${host}` : ''}`
      break
    case 'phone_call':
      text = `phone call between ${list(who.length > 1 ? who : [...who, ...others])}`
      break
    case 'talks':
      text = `talks between ${list(who.length > 1 ? who : [...who, ...others])}`
      break
    default:
      text = who.length > 1 ? `${who[0]} met ${list(who.slice(1))}` : `${humanize(e.type).toLowerCase()} with ${list([...who, ...others])}`
  }
  return `${text} (${formatWhen(e.when)})`
}

/** Agreements signed or reached, newest first. */
export function latestAgreements(events: readonly DistinctEvent[], max = 3): DistinctEvent[] {
  return events
    .filter((d) => d.best.type === 'agreement' && d.best.status === 'occurred' && d.best.when)
    .sort((a, b) => endOf(b).localeCompare(endOf(a)) || a.key.localeCompare(b.key))
    .slice(0, max)
}

/** Counts over a span, oldest first: "14 meetings (Nov 2006 – 30 Oct 2022)". */
export function tallies(events: readonly DistinctEvent[]): DistinctEvent[] {
  return events.filter((d) => isTally(d.best)).sort((a, b) => a.best.when!.start.localeCompare(b.best.when!.start))
}

export function tallyText(d: DistinctEvent, name: Name): string {
  const e = d.best
  const noun = e.type === 'phone_call' ? 'phone calls' : e.type === 'talks' ? 'rounds of talks' : `${humanize(e.type).toLowerCase()}s`
  const who = e.actors.map(name).slice(0, 3).join(', ')
  return `${e.count} ${noun}${who ? ` (${who})` : ''}, ${formatWhen(e.when)}`
}

/** Distinct events by CAMEO quad class: cooperation (verbal, material) against strain (verbal, material conflict). */
export interface Balance {
  readonly verbalCooperation: number
  readonly materialCooperation: number
  readonly verbalConflict: number
  readonly materialConflict: number
  /** Events without a CAMEO code in 01-20. */
  readonly uncoded: number
}

export function balance(events: readonly DistinctEvent[]): Balance {
  const n = [0, 0, 0, 0, 0]
  for (const d of events) n[quadClass(d.best.cameo ?? '') ?? 0]!++
  return { uncoded: n[0]!, verbalCooperation: n[1]!, materialCooperation: n[2]!, verbalConflict: n[3]!, materialConflict: n[4]! }
}

/** The balance in one sentence, naming the strain when there is any. */
export function balanceText(b: Balance, strainTypes: readonly string[]): string {
  const coop = b.verbalCooperation + b.materialCooperation
  const strain = b.verbalConflict + b.materialConflict
  const total = coop + strain
  if (!total) return 'No coded events to weigh cooperation against strain.'
  // planned events count here, so the sentence says so beside the monthly balance, which counts those that occurred
  const coopPart = `${coop} of ${total} coded events, planned ones included, are cooperation (${b.verbalCooperation} consultations, statements and agreements; ${b.materialCooperation} material, such as aid)`
  if (!strain) return `${coopPart}; none records strain (criticism, protests, sanctions, incidents).`
  return `${coopPart}; ${strain} record strain (${b.verbalConflict} verbal, ${b.materialConflict} material: ${strainTypes.map((t) => humanize(t).toLowerCase()).join(', ')}).`
}
