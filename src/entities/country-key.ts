import { foldName } from '../util/fold.js'
import { COUNTRY_PHRASES } from './gazetteer/countries.js'
import { PLACE_PHRASES } from './gazetteer/places.js'

// (?<!\s): a match starts where a run of spaces starts, so a run is read once.
const WRAPPERS = /(?<!\s)\s+(?:side|government|delegation|authorities|leadership|people)$/

/**
 * The country key a free string names: "Việt Nam", "Vietnamese", "the
 * Chinese side", "PRC", "U.S." -> `country:XX`; a capital ("Hanoi") names
 * its country too. All-capital short forms must be written in capitals.
 * Null when the string names no country.
 */
export function countryKeyOf(text: string): string | null {
  const folded = foldName(text).replace(WRAPPERS, '')
  const entry = COUNTRY_PHRASES.get(folded)
  if (entry) {
    if (entry.exact && text.replace(/[.\s]/g, '').replace(/^the/i, '') !== entry.exact) return null
    return `country:${entry.code}`
  }
  const capital = PLACE_PHRASES.get(folded)?.find((p) => p.kind === 'capital')
  return capital ? `country:${capital.country}` : null
}
