import type { EventModality, EventStatus, EventType, Span, TimeInterval } from '../model/types.js'

/**
 * An event while the stage works on it: the public EventMention fields plus
 * what the refiners need to merge, inherit and propagate.
 */
export interface EventDraft {
  type: EventType
  /** Finer kind for the code table, e.g. `negotiation`, `empathy`. */
  subtype?: string | null
  actors: string[]
  /** Directed events: who acts and on whom (subsets of `actors`); empty when undirected or unread. */
  source?: string[]
  target?: string[]
  /** How the clause frames the event; absent means asserted. */
  modality?: EventModality
  host: string | null
  place: string | null
  when: TimeInterval | null
  /** True when `when` was read from the event's own clause. */
  ownTime: boolean
  /** How `when` was reached (refiners/event-time.ts): its own clause, the clause embedding it, an enclosing event, or the article's date. */
  whenBasis?: 'stated' | 'embedding' | 'inherited' | 'article'
  status: EventStatus
  /** True when a word in the clause said planned or occurred. */
  explicitStatus: boolean
  count: number | null
  span: Span
  trigger: Span
  sentence: number
  ruleId: string
  /** A name for the event itself (a summit's title, an agreement's subject). */
  name?: string | null
  /** No participant named in its sentence: take them from the story around it (refiners/inherit-actors). */
  inheritActors?: boolean
  /** Weak readings give way to any other event of the same clause. */
  weak?: boolean
  /** Time-anchor phrase such as "During the visit": which type to inherit from. */
  anchor?: string | null
  /**
   * The main mention this draft restates (set by the repeat refiners). A
   * repeat stays a record of its own but takes no part in merging, time
   * inheritance or implied events; `repeat-settle` dates it like its main.
   */
  repeatOf?: EventDraft | null
}
