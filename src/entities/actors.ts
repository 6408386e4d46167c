import type { Entity, EntityMention, Role, Sentence, TimeInterval } from '../model/types.js'
import { defineIndex, indexOf, sentenceAt, type PipelineContext } from '../pipeline/context.js'
import type { Candidate, RoleDraft } from './candidate.js'
import { countryAliases, countryName, isCapitalOf } from './gazetteer/countries.js'
import { organizationAlias } from './gazetteer/organizations.js'
import { seatNamed } from './gazetteer/seats.js'

const ORG_TYPES = new Set(['organization', 'party', 'mechanism', 'initiative'])

/** The mention records of the final candidates. */
export function toMentions(cands: readonly Candidate[]): EntityMention[] {
  return cands.map((c) => ({
    kind: 'entity',
    span: c.span,
    text: c.text,
    type: c.type,
    key: c.key,
    name: c.name,
    country: c.country,
    ruleId: c.ruleId,
  }))
}

/**
 * One entity per key: every surface form as an alias, the most frequent
 * country, and the roles of persons with the organization and country read
 * from the mentions inside each title.
 */
export function buildActors(ctx: PipelineContext, cands: readonly Candidate[], mentions: readonly EntityMention[]): Entity[] {
  const byKey = new Map<string, { first: Candidate; aliases: Set<string>; countries: Map<string, number>; roles: Role[] }>()
  for (const c of cands) {
    if (c.type === 'group') continue
    let e = byKey.get(c.key)
    if (!e) byKey.set(c.key, (e = { first: c, aliases: new Set(), countries: new Map(), roles: [] }))
    e.aliases.add(c.text)
    for (const a of c.aliases ?? []) e.aliases.add(a)
    if (c.country) e.countries.set(c.country, (e.countries.get(c.country) ?? 0) + 1)
    for (const r of c.roles ?? []) e.roles.push(roleOf(ctx, r, mentions))
  }
  for (const c of cands) if (c.counterpart) byKey.get(c.key)?.roles.push(...counterpartRole(ctx, c, cands, byKey))
  const countryOfKey = (key: string): string | null => {
    const e = byKey.get(key)
    return e ? topCountry(e.countries) : null
  }
  const out: Entity[] = []
  for (const [key, e] of byKey) {
    const roles = e.roles.map((r) => (r.country || !r.org ? r : { ...r, country: countryOfKey(r.org) }))
    // A seat or an armed service read as a plain organization ("the People's Liberation Army") is still its country's.
    let country = topCountry(e.countries) ?? (e.first.type === 'organization' ? (seatNamed(e.first.name)?.country ?? null) : null)
    if (!country && e.first.type === 'person') country = roles.find((r) => r.country)?.country ?? null
    const name = e.first.name
    // A country is known by all its usual names, whichever the text used.
    const known =
      e.first.type === 'country'
        ? countryAliases(key.slice('country:'.length))
        : e.first.type === 'organization'
          ? [...e.aliases, name].map(organizationAlias).filter((a): a is string => a !== null)
          : []
    out.push({
      key,
      name,
      type: e.first.type,
      aliases: [...new Set([...e.aliases, ...known])].filter((a) => a !== name).sort(),
      country,
      roles,
    })
  }
  // "the Swedish consulate", "Cambodia's Ministry of Health": a body of a country is that country's too,
  // though the country is named only inside the body's name; the country is an entity of the document.
  // So is the country of a national capital ("Nairobi accused Kampala"), which may stand for its government.
  const have = new Set(out.map((e) => e.key))
  for (const e of [...out]) {
    if (!e.country || have.has(`country:${e.country}`)) continue
    if (!ORG_TYPES.has(e.type) && !(e.type === 'place' && isCapitalOf(e.name, e.country))) continue
    have.add(`country:${e.country}`)
    const name = countryName(e.country)
    const aliases = countryAliases(e.country).filter((a) => a !== name)
    out.push({ key: `country:${e.country}`, name, type: 'country', aliases: [...aliases].sort(), country: e.country, roles: [] })
  }
  return out
}

/**
 * "Misri held talks with his Bangladeshi counterpart Jashim Uddin": a
 * counterpart holds the office of the titled person named before it (the
 * latest one, in practice the subject), for the counterpart's own country.
 */
function counterpartRole(ctx: PipelineContext, c: Candidate, cands: readonly Candidate[], byKey: ReadonlyMap<string, { roles: Role[] }>): Role[] {
  let holder: Candidate | null = null
  for (const p of cands) {
    if (p.type !== 'person' || p.key === c.key || p.span.end > c.span.start || !byKey.get(p.key)?.roles.length) continue
    if (!holder || p.span.start > holder.span.start) holder = p
  }
  const office = holder ? byKey.get(holder.key)!.roles.at(-1)! : null
  if (!office || (office.country && office.country === c.country)) return []
  return [{ title: office.title, org: null, country: c.country, doc: ctx.docId, span: c.span, when: office.when, qualifier: null }]
}

function topCountry(counts: ReadonlyMap<string, number>): string | null {
  let best: string | null = null
  let n = 0
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k]
  return best
}

function roleOf(ctx: PipelineContext, r: RoleDraft, mentions: readonly EntityMention[]): Role {
  // Mentions are in text order: binary search to the title, then read only its span.
  let lo = 0
  let hi = mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (mentions[mid].span.start < r.span.start) lo = mid + 1
    else hi = mid
  }
  const inside: EntityMention[] = []
  for (let i = lo; i < mentions.length && mentions[i].span.start < r.span.end; i++) if (mentions[i].span.end <= r.span.end) inside.push(mentions[i])
  // The party itself rather than its committee, when the title names both.
  const org = inside.find((m) => m.type === 'party') ?? inside.find((m) => ORG_TYPES.has(m.type))
  // "Ambassador to China": the country after "to" is the posting, not the
  // holder's; "department under China's TV station": the possessive owner wins.
  const posting = (m: EntityMention) => m.span.start > r.span.start && /\bto\s+$/.test(ctx.text.slice(Math.max(0, m.span.start - 4), m.span.start))
  const countries = inside.filter((m) => m.type === 'country' && !posting(m))
  const country = countries.find((m) => /^['’]s\b/.test(ctx.text.slice(m.span.end, m.span.end + 2))) ?? countries[0]
  return {
    title: r.title,
    org: org?.key ?? null,
    country: country?.country ?? org?.country ?? null,
    doc: ctx.docId,
    span: r.span,
    when: whenOf(ctx, r),
    qualifier: r.qualifier,
  }
}

// The time the sentence states, when it states exactly one: a title given
// in "President X phoned Y in May 2021" was held in May 2021.
function whenOf(ctx: PipelineContext, r: RoleDraft): TimeInterval | null {
  const sentence = sentenceAt(ctx, r.span.start)
  if (!sentence) return null
  const found = indexOf(ctx, SENTENCE_TIMES).get(sentence) ?? []
  return found.length === 1 ? found[0] : null
}

// The stated times (with a value, not an "as of") inside each sentence, in
// the order of ctx.times: one pass instead of a scan of every time per title.
const SENTENCE_TIMES = defineIndex('entity-sentence-times', (ctx) => {
  const out = new Map<Sentence, TimeInterval[]>()
  for (const t of ctx.times) {
    if (!t.value || t.asOf) continue
    const sentence = sentenceAt(ctx, t.span.start)
    if (!sentence || t.span.end > sentence.span.end) continue
    const list = out.get(sentence)
    if (list) list.push(t.value)
    else out.set(sentence, [t.value])
  }
  return out
})
