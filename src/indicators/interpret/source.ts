import type { EntityMention, Span } from '../../model/types.js'
import type { PipelineContext } from '../../pipeline/context.js'
import { type EntityIndex, firstStartAtOrAfter } from './entity-index.js'

const SOURCE_TYPES = new Set<EntityMention['type']>(['organization', 'mechanism', 'person', 'party', 'country'])
// "according to (data from) X", "cited data from X", "statistics of X".
const CREDIT =
  /\b(?:according to|citing|cited|quoting|quoted|data (?:from|of|released by|published by|compiled by)|figures (?:from|of|released by)|statistics (?:from|of|released by)|estimates (?:from|of|by)|reported by|released by)\s+(?:the\s+)?(?:(?:latest|official|preliminary)\s+)?(?:(?:data|figures|statistics|estimates)\s+(?:from|of|by)\s+(?:the\s+)?)?/gi
const SAID = /^[\s,]*(?:(?:has|had)\s+)?(?:said|says|reported|reports|announced|stated|noted|showed|shows)\b/i

/**
 * The entity the sentence credits for its figures: "according to the
 * General Department of Customs", "cited data from the Ministry of ...",
 * "..., the authority's statement said". Null when nothing is credited.
 */
export function sourceOf(ctx: PipelineContext, sentence: Span, text: string, index: EntityIndex): string | null {
  const entities = index.within(sentence).filter((e) => SOURCE_TYPES.has(e.type))
  if (entities.length === 0) return null
  CREDIT.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = CREDIT.exec(text)) !== null) {
    const at = sentence.start + m.index + m[0].length
    // Entities are in text order: start at the first one after the credit, not at the sentence's first.
    for (let i = firstStartAtOrAfter(entities, at); i < entities.length && entities[i].span.start <= at + 25; i++) {
      if (entities[i].type !== 'country') return entities[i].key
    }
  }
  for (const e of entities) {
    if (e.type === 'country') continue
    if (SAID.test(ctx.text.slice(e.span.end, e.span.end + 30))) return e.key
  }
  return null
}
