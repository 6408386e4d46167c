import type { EntityType, Role, Span } from '../model/types.js'
import { foldName } from '../util/fold.js'
import { countryName } from './gazetteer/countries.js'

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
  /** Named as someone's counterpart ("his Indian counterpart X"): holds the office of the titled person before it in its sentence. */
  counterpart?: boolean
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

/**
 * A person named by `text` at `span` (the name as written; its key folds
 * it), proposed by `ruleId`: the fields every person reader shares, plus
 * whatever else the reader knows (roles, a country, tentativeness).
 */
export function personCandidate(span: Span, text: string, ruleId: string, priority: number, extra: Partial<Candidate> = {}): Candidate {
  return { span, text, type: 'person', key: `person:${foldName(text)}`, name: text, country: null, ruleId, priority, ...extra }
}

/** The country `code` named by `text` at `span`, proposed by `ruleId`: keyed and named as the gazetteer names it. */
export function countryCandidate(span: Span, text: string, code: string, ruleId: string, priority: number = PRIORITY.country): Candidate {
  return { span, text, type: 'country', key: `country:${code}`, name: countryName(code), country: code, ruleId, priority }
}

/**
 * A name read as it is written: an organization ("org:") or a place
 * ("place:") keyed by its folded text, of the `country` the words around it
 * give (none by default).
 */
export function namedCandidate(
  type: 'organization' | 'place',
  span: Span,
  text: string,
  ruleId: string,
  priority: number,
  country: string | null = null,
): Candidate {
  const prefix = type === 'place' ? 'place' : 'org'
  return { span, text, type, key: `${prefix}:${foldName(text)}`, name: text, country, ruleId, priority }
}
