import type { EntityMention, Span } from '../../model/types.js'
import { expandGroup } from '../../entities/index.js'
import type { PipelineContext } from '../../pipeline/context.js'
import type { Figure } from '../figure.js'
import { type EntityIndex, firstStartAtOrAfter } from './entity-index.js'
import { type Party, topKeys } from './pair.js'

export interface Roles {
  readonly subject: string | null
  readonly counterpart: string | null
}

const POSSESSIVE_BEFORE_RANK = /^['’]s?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/
const COPULA_BEFORE = /\b(?:is|was|remains|remained|has been|had been|became|continues to be)\s+(?:still\s+)?(?:the\s+)?$/i
const TAIL_PREPOSITION = /\b(?:of|in|for|to|into|with)\s+(?:the\s+)?$/i
const HOST_BEFORE = /\b(?:in|into|to|for|of|with|from)\s+(?:the\s+)?$/i

/** The pair member that is not `key` (nor `key`'s own country, for a province). */
export function otherOf(key: string | null, pair: readonly string[]): string | null {
  for (const p of pair) {
    if (p === key) continue
    if (key && p.startsWith('country:') && key.startsWith(`place:${p.slice(8)}-`)) continue
    return p
  }
  return null
}

/** Complete a half-known pair of roles from the document's pair. */
export function complete(roles: Roles, pair: readonly string[]): Roles {
  let { subject, counterpart } = roles
  if (!subject && !counterpart) return { subject: pair[0] ?? null, counterpart: pair[1] ?? null }
  if (!counterpart) counterpart = otherOf(subject, pair)
  if (!subject) subject = otherOf(counterpart, pair)
  return { subject, counterpart }
}

/**
 * Who is ranked and who ranks: "China is Vietnam's largest trading
 * partner" -> China, Vietnam; "making China the sixth largest among ...
 * investing in Vietnam" -> China, Vietnam; "the largest trade partner of
 * Chongqing" -> ..., Chongqing.
 */
export function rankRoles(ctx: PipelineContext, figure: Figure, parties: readonly Party[], from: number, previous: Roles | null): Roles {
  let counterpart: string | null = null
  const tail = figure.tail ?? figure.span
  // Parties are in text order: each look-up starts at its place by binary search, so a
  // sentence with many ranks and many parties is not scanned once per rank.
  // "partner of Chongqing", "investing in Vietnam"; not "after China" (a comparison).
  for (let i = firstStartAtOrAfter(parties, tail.start); i < parties.length && parties[i].span.start <= tail.end; i++) {
    const p = parties[i]
    if (p.span.end <= tail.end && TAIL_PREPOSITION.test(ctx.text.slice(tail.start, p.span.start))) {
      counterpart = p.key
      break
    }
  }
  let subject: string | null = null
  for (let i = firstStartAtOrAfter(parties, figure.span.start) - 1; i >= 0; i--) {
    const p = parties[i]
    // Starts only decrease from here: every earlier party is before `from` too.
    if (p.span.start < from) break
    if (p.span.end > figure.span.start) continue
    const between = ctx.text.slice(p.span.end, figure.span.start)
    if (p.possessive && POSSESSIVE_BEFORE_RANK.test(between)) {
      if (!counterpart) counterpart = p.key
      continue
    }
    if (p.possessive || p.key === counterpart) continue
    subject = p.key
    break
  }
  // "Vietnam's largest export market is the US": the ranked party after the copula.
  if (!subject) {
    let after: Party | undefined
    for (let i = firstStartAtOrAfter(parties, figure.span.end); i < parties.length && parties[i].span.start <= tail.end + 30; i++) {
      const p = parties[i]
      if (COPULA_BEFORE.test(ctx.text.slice(Math.max(figure.span.end, p.span.start - 25), p.span.start))) {
        after = p
        break
      }
    }
    if (after && after.key !== counterpart) subject = after.key
  }
  if (!subject && previous) subject = previous.subject
  if (!counterpart && previous && previous.subject === subject) counterpart = previous.counterpart
  return { subject, counterpart }
}

/**
 * The parties a flow figure may take its roles from, once per sentence:
 * each key once (its first mention), and when more than two, the
 * document's own countries (and their provinces) before a third one named
 * in passing ("China is Kazakhstan's second-biggest partner after Russia,
 * with trade of ...").
 */
export function flowCandidates(parties: readonly Party[], pair: readonly string[] = []): Party[] {
  const seen = new Set<string>()
  let unique: Party[] = []
  for (const p of parties) {
    if (seen.has(p.key)) continue
    seen.add(p.key)
    unique.push(p)
  }
  if (unique.length > 2) {
    const own = unique.filter((p) => pair.includes(p.key) || (p.country && pair.includes(`country:${p.country}`)))
    if (own.length >= 2) unique = own
  }
  return unique
}

/**
 * The two parties of a flow or stock ("trade between A and B", "A's FDI in
 * B"): the investor or exporter (a possessive, or the first named) is the
 * subject; a party after "in/to/from" is the counterpart.
 */
export function flowRoles(ctx: PipelineContext, figure: Figure, parties: readonly Party[], pair: readonly string[] = []): Roles {
  return flowRolesOf(ctx, figure, flowCandidates(parties, pair))
}

/** `flowRoles` over the sentence's `flowCandidates`, computed once per sentence. */
export function flowRolesOf(ctx: PipelineContext, figure: Figure, unique: readonly Party[]): Roles {
  let chosen = unique
  if (unique.length > 2) {
    const distance = (p: Party) => Math.min(Math.abs(p.span.start - figure.span.end), Math.abs(figure.span.start - p.span.end))
    chosen = [...unique]
      .sort((a, b) => distance(a) - distance(b))
      .slice(0, 2)
      .sort((a, b) => a.span.start - b.span.start)
  }
  if (chosen.length === 0) return { subject: null, counterpart: null }
  if (chosen.length === 1) return { subject: chosen[0].key, counterpart: null }
  const [a, b] = chosen
  const hostA = HOST_BEFORE.test(ctx.text.slice(Math.max(0, a.span.start - 12), a.span.start))
  const hostB = HOST_BEFORE.test(ctx.text.slice(Math.max(0, b.span.start - 12), b.span.start))
  if (b.possessive && !a.possessive) return { subject: b.key, counterpart: a.key }
  if (hostA && !hostB) return { subject: b.key, counterpart: a.key }
  return { subject: a.key, counterpart: b.key }
}

const MECHANISM_TYPES = new Set(['mechanism', 'organization'])

/** What `meetingRoles` reads from a sentence, once per sentence. */
export interface MeetingClues {
  /** Mechanisms and organizations inside the sentence, in text order. */
  readonly mechanisms: readonly EntityMention[]
  /** Where the sentence's first "the two parties" ends, or null. */
  readonly twoPartiesEnd: number | null
}

/** The sentence's mechanisms and its "two parties", for every count figure in it. */
export function meetingClues(sentence: Span, index: EntityIndex, text: string): MeetingClues {
  const mechanisms = index.within(sentence).filter((e) => MECHANISM_TYPES.has(e.type))
  const m = /\b(?:two|both) parties\b/i.exec(text.slice(sentence.start, sentence.end))
  return { mechanisms, twoPartiesEnd: m ? sentence.start + m.index + m[0].length : null }
}

/**
 * Who holds the meetings a count reports: the mechanism named before the
 * figure ("a Steering Committee ..., with 14 meetings"), or the two parties
 * ("The two parties ... with 16 workshops held"); `docParties` gives the
 * document's two parties, computed once per document.
 */
export function meetingRoles(figure: Figure, clues: MeetingClues, docParties: () => string[]): Roles | null {
  // The last mechanism ending before the figure; mentions are sorted by start, so walk back
  // from the last one starting before it (only mentions straddling the figure are skipped).
  const list = clues.mechanisms
  for (let i = firstStartAtOrAfter(list, figure.span.start) - 1; i >= 0; i--) {
    if (list[i].span.end <= figure.span.start) return { subject: list[i].key, counterpart: null }
  }
  // A figure never starts right after a letter, so a match ending before it is one in its prefix.
  if (clues.twoPartiesEnd !== null && clues.twoPartiesEnd <= figure.span.start) {
    const parties = docParties()
    if (parties.length === 2) return { subject: parties[0], counterpart: parties[1] }
  }
  return null
}

/**
 * The document's two parties: those the entities module reads "the two
 * parties" as, else the two most mentioned.
 */
export function documentParties(ctx: PipelineContext): string[] {
  const group = ctx.entities.find((e) => e.type === 'group' && /parties/i.test(e.text))
  const expanded = group ? expandGroup(ctx, group).filter((k) => !k.startsWith('country:')) : []
  return expanded.length === 2 ? expanded : topKeys(ctx, 'party')
}
