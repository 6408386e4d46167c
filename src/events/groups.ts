import type { Entity, EntityMention } from '../model/types.js'
import { defineIndex, indexOf, type PipelineContext } from '../pipeline/context.js'
import { documentCountries, expandGroup, singularTitle } from '../entities/index.js'
import { firstStartAtOrAfter } from '../util/spans.js'
import { docIndex } from './doc-index.js'

// The pair once per document (entities are final when events run).
const PAIR = defineIndex('event-pair', readPair)

/** The document's two main countries (the entities module's reading), sorted. */
export function pairOf(ctx: PipelineContext): string[] {
  return indexOf(ctx, PAIR)
}

/** One side only, a country of the story's pair: the other of the pair is the side acted on (refiners/pair-sides.ts names it). */
export function onePairSide(ctx: PipelineContext, side: readonly string[]): boolean {
  const pair = pairOf(ctx)
  return pair.length === 2 && side.length === 1 && pair.includes(side[0]!)
}

function readPair(ctx: PipelineContext): string[] {
  return documentCountries(ctx, docIndex(ctx).entities).sort()
}

const LEADER_TITLES =
  /\b(president|prime minister|premier|general secretary|secretary general|chancellor|king|queen|emir|crown prince|sheikh|sultan|head of state|leader|chairman|chairwoman)\b/i
const PLURAL_TITLE =
  /\b(leaders|presidents|prime ministers|premiers|general secretaries|secretaries general|foreign ministers|foreign secretaries|ministers|chancellors|kings|heads of (?:the )?states?|heads of government|defen[cs]e ministers|speakers|chairmen)\b/i

function countryOf(actor: Entity | EntityMention): string | null {
  return actor.country ? `country:${actor.country}` : null
}

interface PersonIndex {
  readonly byKey: ReadonlyMap<string, Entity>
  readonly mentions: readonly EntityMention[]
  /** Whether a person holds a title (a leader's, or one naming `want`), by query and key: roles grow with the text, so each is read once. */
  readonly holds: Map<string, boolean>
}
const PERSONS = defineIndex<PersonIndex>('event-persons', (ctx) => ({
  byKey: new Map(ctx.actors.map((a) => [a.key, a])),
  mentions: docIndex(ctx).entities.filter((m) => m.type === 'person'),
  holds: new Map(),
}))

// An envoy is whoever represents the country: its ambassador or high commissioner ("the top Chinese envoy").
const ENVOY_TITLES = /\b(?:envoy|ambassador|high commissioner|charg[eé] d['’]affaires)\b/

/** The person of `key` has a leader's title (`leaders`), an envoy's (`want` "envoy"), else a title that includes `want`. */
function holdsTitle(index: PersonIndex, key: string, leaders: boolean, want: string): boolean {
  const query = `${leaders ? '\u0000' : want}\u0001${key}`
  let ok = index.holds.get(query)
  if (ok === undefined) {
    const titles = (index.byKey.get(key)?.roles ?? []).map((r) => r.title.toLowerCase())
    const wanted = want === 'envoy' ? ENVOY_TITLES : null
    ok = leaders ? titles.some((t) => LEADER_TITLES.test(t)) : wanted ? titles.some((t) => wanted.test(t)) : titles.some((t) => t.includes(want))
    index.holds.set(query, ok)
  }
  return ok
}

function personIndex(ctx: PipelineContext): PersonIndex {
  return indexOf(ctx, PERSONS)
}

/** Person mentions nearest first: backwards from `offset`, then forwards. */
function* nearest(mentions: readonly EntityMention[], offset: number): Generator<EntityMention> {
  const lo = firstStartAtOrAfter(mentions, offset)
  for (let i = lo - 1; i >= 0; i--) yield mentions[i]
  for (let i = lo; i < mentions.length; i++) yield mentions[i]
}

/** Persons of the document whose roles match `title`, one per pair country, latest mention before `offset` first. */
export function personsByTitle(ctx: PipelineContext, title: string, offset: number): string[] {
  const want = singularTitle(title)
  const leaders = want === 'leader' || want === 'head of state' || want === 'head of government'
  const index = personIndex(ctx)
  const { byKey, mentions } = index
  const pair = pairOf(ctx)
  const chosen = new Map<string, string>()
  // The nearest few hundred mentions are enough to find who holds a title.
  const ordered: EntityMention[] = []
  for (const m of nearest(mentions, offset)) {
    ordered.push(m)
    if (ordered.length >= 300) break
  }
  const seen = new Set<string>()
  for (const m of ordered) {
    if (seen.has(m.key)) continue
    seen.add(m.key)
    if (chosen.size >= Math.max(2, pair.length)) break
    if (!holdsTitle(index, m.key, leaders, want)) continue
    const actor = byKey.get(m.key)
    const country = countryOf(actor ?? m)
    if (country && pair.length === 2 && !pair.includes(country)) continue
    const slot = country ?? m.key
    if (!chosen.has(slot) && ![...chosen.values()].includes(m.key)) chosen.set(slot, m.key)
  }
  const out = [...chosen.values()]
  // Two holders of one country (or of unknown countries) still make "the two leaders".
  for (const m of ordered) {
    if (out.length >= 2 || seen.size > 50) break
    if (holdsTitle(index, m.key, leaders, want) && !out.includes(m.key)) out.push(m.key)
  }
  return out
}

/** The party organizations of the pair countries. */
function partiesOf(ctx: PipelineContext): string[] {
  const pair = pairOf(ctx)
  const out = new Set<string>()
  for (const m of docIndex(ctx).entities) {
    if (m.type !== 'party') continue
    if (pair.length === 0 || (m.country && pair.includes(`country:${m.country}`))) out.add(m.key)
  }
  return [...out]
}

/**
 * The keys a group phrase stands for: "the two sides", "both countries",
 * "the General Secretaries of the two Parties", "the two leaders", "they".
 * Titles resolve to the persons holding them; parties to the party
 * organizations; everything else to the document's pair of countries.
 */
export function resolveGroupText(ctx: PipelineContext, phrase: string, offset: number, context = ''): string[] {
  const t = phrase.toLowerCase()
  const title = PLURAL_TITLE.exec(t)
  if (title) {
    const persons = personsByTitle(ctx, title[1], offset)
    if (persons.length >= 2) return persons
    // One holder found (or none): the countries stand for the other side.
    return [...persons, ...pairOf(ctx)]
  }
  if (/\bpart(?:y|ies)\b/.test(t)) {
    const parties = partiesOf(ctx)
    if (parties.length > 0) return parties
  }
  const pair = pairOf(ctx)
  if (/\btwo parties\b/i.test(context)) return [...pair, ...partiesOf(ctx)]
  return pair
}

/**
 * A group mention made by the entities stage, expanded: titles ("the
 * General Secretaries of the two Parties") to their holders first, then the
 * entities module's reading; "the two sides" in a sentence about the two
 * Parties also stands for the parties.
 */
// The same mention is read by every recognizer that fires in its sentence: expanded once per document.
const EXPANDED = defineIndex('expanded-groups', () => new Map<EntityMention, string[]>())

export function expandGroupMention(ctx: PipelineContext, mention: EntityMention, context = ''): string[] {
  const expanded = indexOf(ctx, EXPANDED)
  const known = expanded.get(mention)
  if (known) return known
  const keys = expandOnce(ctx, mention, context)
  expanded.set(mention, keys)
  return keys
}

function expandOnce(ctx: PipelineContext, mention: EntityMention, context: string): string[] {
  if (PLURAL_TITLE.test(mention.text)) return resolveGroupText(ctx, mention.text, mention.span.start, context)
  const keys = expandGroup(ctx, mention)
  if (keys.length === 0) return resolveGroupText(ctx, mention.text, mention.span.start, context)
  if (/\btwo parties\b/i.test(context) && !/part(?:y|ies)/i.test(mention.text)) return [...new Set([...keys, ...partiesOf(ctx)])]
  return keys
}
