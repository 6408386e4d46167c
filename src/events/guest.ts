import type { EntityMention } from '../model/types.js'

/**
 * Titles and adjectives between a verb and the person it names: "welcomed
 * visiting Prime Minister X", "called his Iranian counterpart X".
 */
export const TITLE_GAP =
  /^\s+(?:(?:his|her|their|the|visiting|[A-Z][\w'’.-]*|counterpart|vice|deputy|prime|foreign|minister|president|crown|prince|secretary|of)\s+){0,7}$/

/**
 * The guest among the mentions after a verb: the first person, with nothing
 * but a nationality before it ("British Prime Minister Y"); null otherwise.
 */
export function guestAmong(after: readonly EntityMention[]): EntityMention | null {
  const at = after.findIndex((m) => m.type === 'person')
  if (at < 0 || after.slice(0, at).some((m) => m.type !== 'country')) return null
  return after[at]
}
