import type { Entity, EntityMention } from '../model/types.js'
import { defineIndex, indexOf, type PipelineContext } from '../pipeline/context.js'
import { foldName } from '../util/fold.js'

const HEAD_TITLES =
  /\b(?:president|prime minister|premier|general secretary|secretary general|secretary-general|party chief|king|emir|amir|sultan|crown prince|chancellor|chairman|leader|pm)\b/i
const GROUP_TITLES: readonly [RegExp, RegExp][] = [
  [/\bpresidents\b/, /\bpresident\b/i],
  [/\bprime ministers\b/, /\bprime minister\b|\bpremier\b|\bpm\b/i],
  [/\bpremiers\b/, /\bpremier\b|\bprime minister\b/i],
  [/\bgeneral secretaries\b/, /\bgeneral secretary\b|\bsecretary general\b/i],
  [/\bforeign ministers\b/, /\bforeign minister\b|\bminister of foreign affairs\b|\bminister of external affairs\b/i],
  [/\bministers\b/, /\bminister\b/i],
  [/\bleaders\b|\bheads of state\b/, HEAD_TITLES],
  // "the two diplomats", "the two envoys": whoever of each side the text titled last.
  [/\bdiplomats\b|\benvoys\b|\bnegotiators\b|\bofficials\b/, /./],
]

/**
 * The document's two main countries, as keys: the two most mentioned
 * (demonyms and "the X side" included), in order of first mention.
 */
export function documentPair(ctx: Pick<PipelineContext, 'entities'>): readonly [string, string] | null {
  // Asked for every group mention: read once per list of mentions (the
  // context's, kept with it; recounted should the list be replaced).
  if (!('indexes' in ctx)) return countPair(ctx.entities)
  const cache = indexOf(ctx as PipelineContext, PAIR_CACHE)
  if (cache.entities !== ctx.entities) {
    cache.entities = ctx.entities
    cache.pair = countPair(ctx.entities)
  }
  return cache.pair
}

const PAIR_CACHE = defineIndex('entity-document-pair', () => ({
  entities: null as readonly EntityMention[] | null,
  pair: null as readonly [string, string] | null,
}))

function countPair(entities: readonly EntityMention[]): readonly [string, string] | null {
  const counts = new Map<string, { n: number; first: number }>()
  for (const m of entities) {
    const key = m.type === 'country' ? m.key : m.type === 'group' && m.country ? `country:${m.country}` : null
    if (!key) continue
    const c = counts.get(key)
    if (c) c.n++
    else counts.set(key, { n: 1, first: m.span.start })
  }
  const top = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).slice(0, 2)
  if (top.length < 2) return null
  top.sort((a, b) => a[1].first - b[1].first)
  return [top[0][0], top[1][0]]
}

/**
 * The entity keys a group mention stands for: "the Chinese side" ->
 * country:CN; "the two sides" -> the pair; "the two leaders" -> the two
 * most recently mentioned heads of state or party of the pair (else the
 * pair); "the two Parties" -> the pair's parties when the text names them.
 * A non-group mention stands for itself.
 */
export function expandGroup(ctx: Pick<PipelineContext, 'entities' | 'actors'>, mention: EntityMention): string[] {
  if (mention.type !== 'group') return [mention.key]
  if (mention.country) return [`country:${mention.country}`]
  const pair = documentPair(ctx)
  const text = foldName(mention.text)
  if (/\bhost\b/.test(text)) return hostOf(ctx, mention, pair)
  if (!pair) return []
  const countries = pair.map((k) => k.slice('country:'.length))
  if (/\bparties\b/.test(text)) {
    const parties = countries.map((c) => ctx.actors.find((a) => a.type === 'party' && a.country === c)?.key)
    return parties.every(Boolean) ? (parties as string[]) : [...pair]
  }
  const wanted = GROUP_TITLES.find(([group]) => group.test(text))
  if (wanted) {
    const people = countries.map((c) => latestHolder(ctx, mention, c, wanted[1]))
    return people.every(Boolean) ? (people as string[]) : [...pair]
  }
  return [...pair]
}

// The person of country `c` holding a matching title, mentioned last before
// the group (or first after it when none comes before).
function latestHolder(ctx: Pick<PipelineContext, 'entities' | 'actors'>, mention: EntityMention, c: string, title: RegExp): string | null {
  const holders = new Set(
    ctx.actors.filter((a: Entity) => a.type === 'person' && a.country === c && a.roles.some((r) => title.test(r.title))).map((a) => a.key),
  )
  let best: EntityMention | null = null
  for (const m of ctx.entities) {
    if (!holders.has(m.key)) continue
    if (m.span.start < mention.span.start) best = m
    else if (!best) return m.key
  }
  return best?.key ?? null
}

// "the host": the country of the last place named before it, else of the first place in the text.
function hostOf(ctx: Pick<PipelineContext, 'entities'>, mention: EntityMention, pair: readonly [string, string] | null): string[] {
  let found: EntityMention | null = null
  for (const m of ctx.entities) {
    if (m.type !== 'place' || !m.country) continue
    if (m.span.start < mention.span.start || !found) found = m
    if (m.span.start >= mention.span.start) break
  }
  if (found?.country && (!pair || pair.includes(`country:${found.country}`))) return [`country:${found.country}`]
  return []
}
