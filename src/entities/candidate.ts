import type { EntityType, Role, Span } from '../model/types.js'

/** A title as the text states it; org and country are filled in from the mentions inside its span. */
export interface RoleDraft {
  readonly title: string
  readonly span: Span
  readonly qualifier: Role['qualifier']
}

/** What a recognizer proposes; refiners merge, relink and drop these before they become mentions. */
export interface Candidate {
  span: Span
  text: string
  type: EntityType
  key: string
  name: string
  country: string | null
  ruleId: string
  /** Higher wins an overlap (groups > persons > organizations > places > countries > acronyms). */
  priority: number
  /** Other names of the same entity stated with it ("CPV" for the party). */
  aliases?: string[]
  roles?: RoleDraft[]
  /** May lie inside a larger mention (a party inside the name of its committee). */
  nested?: boolean
  /** An all-capital short name, relinked to its long form when the text defines it. */
  acronym?: string
  /** A proper name not yet known to be anyone: kept only if coreference confirms it. */
  tentative?: boolean
  /** A definition "Long Form (ACR)": consumed by the acronym refiner, never a mention. */
  definition?: { acronym: string; long: Span }
}

export const PRIORITY = {
  group: 90,
  person: 80,
  definedLong: 75,
  org: 70,
  place: 60,
  country: 50,
  acronym: 40,
  tentative: 10,
} as const
