import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { countryCandidate, type Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'

// "North and South Korea", "South and North Sudan": the first half names a country whose name it shortens.
const PAIRED = /\b(?<first>North|South|East|West)[ \t]+and[ \t]+(?<second>North|South|East|West)[ \t]+(?<name>\p{Lu}[\p{L}-]{2,30})\b/dgu

/** The first of two compass-named countries sharing one name ("North" of "North and South Korea") is that country. */
export const pairedCompassCountry: Recognizer<Candidate> = {
  name: 'paired-compass-country',
  pattern: () => PAIRED,
  extract(_ctx, match) {
    const g = match.groups!
    const first = COUNTRY_PHRASES.get(foldName(`${g.first} ${g.name}`))
    const second = COUNTRY_PHRASES.get(foldName(`${g.second} ${g.name}`))
    if (!first || !second || first.code === second.code) return null
    const [start, end] = match.indices!.groups!.first!
    return countryCandidate({ start, end }, g.first!, first.code, 'entities:paired-compass-country')
  },
}
