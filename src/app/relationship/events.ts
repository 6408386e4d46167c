import { quadClass } from '../../shared/cameo-scale.js'
import { humanize } from '../figure-text.js'
import { formatWhen } from '../../shared/when-text.js'
import type { DistinctEvent } from './distinct.js'
import { isTally } from './span.js'

/** Consultations in CAMEO's sense (04x): who met whom, and where. */
const CONTACT_TYPES = new Set(['visit', 'talks', 'meeting', 'phone_call', 'summit'])

type Name = (key: string | null | undefined) => string

const people = (d: DistinctEvent) => d.best.actors.filter((a) => a.startsWith('person:'))
const endOf = (d: DistinctEvent) => d.best.when?.end ?? ''

/** High-level contacts: consultations with a named person taking part, newest first; those that happened, then those planned. */
export function highLevelContacts(events: readonly DistinctEvent[], max = 4): { occurred: DistinctEvent[]; planned: DistinctEvent[] } {
  const contacts = events.filter((d) => CONTACT_TYPES.has(d.best.type) && d.best.when && !isTally(d.best) && people(d).length > 0)
  const newest = [...contacts].sort((a, b) => endOf(b).localeCompare(endOf(a)) || a.key.localeCompare(b.key))
  const occurred = newest.filter((d) => d.best.status === 'occurred').slice(0, max)
  const latest = occurred[0] ? endOf(occurred[0]) : ''
  // planned after the latest that happened: what is coming, not a plan the record has since overtaken
  const planned = newest.filter((d) => d.best.status === 'planned' && endOf(d) > latest).reverse()
  // at most two occasions, each with every plan of its persons and dates (three summits of one trip are one occasion)
  const occasions = [...new Set(planned.map(occasionKey))].slice(0, 2)
  return { occurred, planned: planned.filter((d) => occasions.includes(occasionKey(d))) }
}

/** The persons and dates of a contact: plans sharing them are one trip. */
const occasionKey = (d: DistinctEvent) => `${people(d).sort().join(',')}|${d.best.when?.start ?? ''}|${endOf(d)}`

/**
 * Contacts in words, those of the same persons, kind and dates told once:
 * "Phạm Minh Chính's visit to China (5–8 Nov 2024); Phạm Minh Chính at 3
 * summits (5–8 Nov 2024)", not the same words repeated for each summit.
 */
export function contactsText(ds: readonly DistinctEvent[], name: Name): string {
  const groups = new Map<string, DistinctEvent[]>()
  for (const d of ds) {
    const key = `${d.best.type}|${occasionKey(d)}`
    groups.set(key, [...(groups.get(key) ?? []), d])
  }
  const out = [...groups.values()].map((g) => {
    const texts = [...new Set(g.map((d) => contactText(d, name)))]
    if (texts.length === 1 || g[0]!.best.type !== 'summit') return texts.join('; ')
    const who = people(g[0]!).map(name)
    const whoText = who.length <= 2 ? who.join(' and ') : `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}`
    return `${whoText} at ${g.length} summits (${formatWhen(g[0]!.best.when)})`
  })
  return [...new Set(out)].join('; ')
}

/** One contact in words: "Tô Lâm's visit to China (Aug 2024)". */
export function contactText(d: DistinctEvent, name: Name): string {
  const e = d.best
  const who = people(d).map(name)
  const others = e.actors.filter((a) => !a.startsWith('person:') && a !== e.host).map(name)
  const host = e.host ? name(e.host) : null
  const list = (xs: string[]) => (xs.length <= 2 ? xs.join(' and ') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`)
  let text: string
  switch (e.type) {
    case 'visit': text = `${list(who)}'s visit${host ? ` to ${host}` : ''}`; break
    case 'summit': text = `${list(who)} at a summit${host ? ` in ${host}` : ''}`; break
    case 'phone_call': text = `phone call between ${list(who.length > 1 ? who : [...who, ...others])}`; break
    case 'talks': text = `talks between ${list(who.length > 1 ? who : [...who, ...others])}`; break
    default: text = who.length > 1 ? `${who[0]} met ${list(who.slice(1))}` : `${humanize(e.type).toLowerCase()} with ${list([...who, ...others])}`
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
  const coopPart = `${coop} of ${total} coded events are cooperation (${b.verbalCooperation} consultations, statements and agreements; ${b.materialCooperation} material, such as aid)`
  if (!strain) return `${coopPart}; none records strain (criticism, protests, sanctions, incidents).`
  return `${coopPart}; ${strain} record strain (${b.verbalConflict} verbal, ${b.materialConflict} material: ${strainTypes.map((t) => humanize(t).toLowerCase()).join(', ')}).`
}
