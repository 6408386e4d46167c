import { COUNTRY_PHRASES, CURRENCY_CODES, type CountryEntry } from '../gazetteer/countries.js'
import { HONORIFICS, NAME_CONNECTORS, NAME_PARTICLES, NON_ACRONYMS, ORG_HEADS, PLACE_HEADS, PORTFOLIO_WORDS, TITLES } from '../gazetteer/lexicon.js'
import { PLACE_PHRASES, type PlaceEntry } from '../gazetteer/places.js'
import { phraseSet, phraseTable, type PhraseTable } from './lookup.js'
import type { Word } from './words.js'

/** What one element of a capitalized phrase is. */
export type ElementClass = 'name' | 'title' | 'honorific' | 'org' | 'placeHead' | 'country' | 'place' | 'acronym' | 'def' | 'conn' | 'particle' | 'portfolio'

/** One or more words of a phrase read as one unit. */
export interface Element {
  cls: ElementClass
  readonly first: number
  readonly last: number
  readonly start: number
  readonly end: number
  readonly fold: string
  readonly country?: CountryEntry
  readonly places?: readonly PlaceEntry[]
  /** Follows a possessive ending ("Trump's Senior Advisor"): a person's name does not run on across it. */
  readonly afterPossessive?: boolean
}

// Lexicon tables, built once for the process.
export const TITLE_TABLE: PhraseTable<true> = phraseSet(TITLES)
export const HONORIFIC_TABLE: PhraseTable<true> = phraseSet(HONORIFICS)
export const ORG_HEAD_TABLE: PhraseTable<true> = phraseSet(ORG_HEADS)
export const PLACE_HEAD_TABLE: PhraseTable<true> = phraseSet(PLACE_HEADS)
export const COUNTRY_TABLE: PhraseTable<CountryEntry> = phraseTable(COUNTRY_PHRASES)
export const PLACE_TABLE: PhraseTable<readonly PlaceEntry[]> = phraseTable(PLACE_PHRASES)

/** True for an all-capital word that may name an organization ("CPV", "ASEAN"). */
export function acronymLike(w: Word): boolean {
  if (!w.caps || w.shouted || w.text.length > 10) return false
  // "RM33" in "RM33.9 billion" is an amount, not a name.
  return !NON_ACRONYMS.has(w.fold) && !CURRENCY_CODES.has(w.fold) && !/^\d/.test(w.text) && !/^\p{Lu}{1,3}\d+$/u.test(w.text)
}

/** Lowercase joiners inside names. */
export function connectorOf(w: Word): 'conn' | 'particle' | null {
  if (w.cap && !(w.fold === 'al' || w.fold === 'el' || w.fold === 'bin')) return null
  if (NAME_PARTICLES.has(w.fold)) return 'particle'
  if (!w.cap && NAME_CONNECTORS.has(w.fold)) return 'conn'
  return null
}

/** A capitalized ordinary word inside a ministry or office name. */
export function portfolioWord(w: Word): boolean {
  return PORTFOLIO_WORDS.has(w.fold)
}
