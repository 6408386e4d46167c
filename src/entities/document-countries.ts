import type { EntityMention } from '../model/types.js'
import type { PipelineContext } from '../pipeline/context.js'
import { documentPair } from './groups.js'

/**
 * The two countries a document is about: the pair the entities stage reads
 * (documentPair), else the two country keys `mentions` names most, the one
 * named first ahead on a tie.
 */
export function documentCountries(ctx: Pick<PipelineContext, 'entities'>, mentions: readonly EntityMention[] = ctx.entities): string[] {
  const pair = documentPair(ctx)
  if (pair) return [...pair]
  const counts = new Map<string, { n: number; first: number }>()
  for (const m of mentions) {
    if (m.type !== 'country') continue
    const c = counts.get(m.key)
    if (c) c.n++
    else counts.set(m.key, { n: 1, first: m.span.start })
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, 2)
    .map(([k]) => k)
}
