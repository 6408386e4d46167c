import type { PipelineContext } from '../pipeline/context.js'
import type { EventDraft } from './draft.js'
import { pairOf } from './groups.js'

/**
 * A milestone of the relationship (ties established, upgraded, a joint body
 * founded) is between states: its actors are the countries the clause
 * names, or the article's two countries when it names fewer than two. Null
 * when neither gives anyone.
 */
export function betweenCountries(ctx: PipelineContext, draft: EventDraft | null): EventDraft | null {
  if (!draft) return null
  const countries = draft.actors.filter((a) => a.startsWith('country:'))
  draft.actors = countries.length >= 2 ? countries : pairOf(ctx)
  return draft.actors.length > 0 ? draft : null
}
