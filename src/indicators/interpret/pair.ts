import { worldCountries } from '../../util/country-data.js'
import type { EntityMention, Span } from '../../model/types.js'
import { documentCountries } from '../../entities/index.js'
import type { PipelineContext } from '../../pipeline/context.js'
import { type EntityIndex, firstStartAtOrAfter } from './entity-index.js'
import { foldName } from '../../util/fold.js'

/**
 * The two countries a document is about (the entities module's pair; else
 * the two most mentioned country keys). Used when a figure's sentence names
 * fewer than two parties ("two-way trade reached ...").
 */
export function pairCountries(ctx: PipelineContext): string[] {
  return documentCountries(ctx)
}

/** A party mention inside a sentence, as the figure builder sees it. */
export interface Party {
  readonly key: string
  readonly span: Span
  /** "China's", "Vietnam’s": the mention is a possessive. */
  readonly possessive: boolean
  readonly type: EntityMention['type']
  /** For a place: the alpha-2 code of its country, when known. */
  readonly country?: string | null
}

const CAPITALS = new Set(worldCountries().flatMap((c) => (c.capital ?? []).map((n) => foldName(n))))
const SUBDIVISION = /^place:[A-Z]{2}-[A-Z0-9]+$/
const POSSESSIVE = /^['’](?:s\b|(?=\s))/

/**
 * Countries and first-level subdivisions mentioned in `span`, in order,
 * group mentions ("the two countries") expanded. A subdivision stands in
 * for its own country ("Vietnam and China's Yunnan province" -> Vietnam,
 * Yunnan), except a capital, which usually stands for the government.
 */
export function partiesIn(ctx: PipelineContext, span: Span, pair: readonly string[], index?: EntityIndex): Party[] {
  const inside = index ? index.within(span) : ctx.entities.filter((e) => e.span.start >= span.start && e.span.end <= span.end)
  // "Vietnam" inside "General Department of Vietnam Customs" is not a party. Containers are
  // sorted by start with the furthest end reached so far: a mention is contained when the
  // containers starting at or before it reach its end (a binary search, not a scan per mention).
  const containers = inside.filter((e) => e.type === 'organization' || e.type === 'mechanism' || e.type === 'party').sort((a, b) => a.span.start - b.span.start)
  const reach: number[] = []
  for (const c of containers) reach.push(Math.max(reach[reach.length - 1] ?? -1, c.span.end))
  const contained = (e: EntityMention) => {
    const i = firstStartAtOrAfter(containers, e.span.start + 1) - 1
    return i >= 0 && reach[i] >= e.span.end
  }
  const out: Party[] = []
  for (const e of inside) {
    if (e.type !== 'country' && e.type !== 'place' && e.type !== 'group') continue
    if (contained(e)) continue
    const possessive = POSSESSIVE.test(ctx.text.slice(e.span.end, e.span.end + 3))
    if (e.type === 'group') {
      for (const key of expandGroup(e, pair)) out.push({ key, span: e.span, possessive, type: 'country' })
      continue
    }
    if (e.type === 'place') {
      // Provinces and states trade and invest; a city or port named in passing does not,
      // and a capital is a dateline or the government.
      if (!SUBDIVISION.test(e.key)) continue
      if (CAPITALS.has(foldName(e.text)) || CAPITALS.has(foldName(e.name))) continue
      const country = e.country ?? (SUBDIVISION.test(e.key) ? e.key.slice(6, 8) : null)
      out.push({ key: e.key, span: e.span, possessive, type: e.type, country })
      continue
    }
    out.push({ key: e.key, span: e.span, possessive, type: e.type })
  }
  const placeCountries = new Set(out.filter((p) => p.type === 'place').map((p) => p.country))
  return out.filter((p) => p.type !== 'country' || !placeCountries.has(p.key.slice('country:'.length)))
}

/**
 * The country keys a group mention stands for: "the Chinese side" -> its
 * country, "the two countries" -> the pair (as the entities module's
 * expandGroup reads them; done here without recomputing the pair per mention).
 */
function expandGroup(mention: EntityMention, pair: readonly string[]): string[] {
  if (mention.country) return [`country:${mention.country}`]
  return /\b(?:two|both)\b|bilateral/i.test(mention.text) && !/\b(?:leaders|ministers|presidents|parties|premiers)\b/i.test(mention.text) ? [...pair] : []
}

/** The two most mentioned keys of one entity type. */
export function topKeys(ctx: PipelineContext, type: EntityMention['type']): string[] {
  const counts = new Map<string, number>()
  for (const e of ctx.entities) if (e.type === type) counts.set(e.key, (counts.get(e.key) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([k]) => k)
}
