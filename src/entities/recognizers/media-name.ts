import { PRIORITY } from '../candidate.js'
import { organizationAfterCue } from './organization-after-cue.js'

// "Egyptian daily Al-Ahram", "TV channel Al-Ekhbariya", "news agency Xinhua".
// Opens with the noun and looks behind it for its start (see sitting-between-names.ts).
const NOUNS = 'daily|newspaper|channel|broadcaster|agency|magazine|weekly|outlet|website|portal|tabloid|paper'
const MEDIA = new RegExp(`(?:${NOUNS})(?<=(?<![\\p{L}-])(?:${NOUNS}))[ \\t]+(?=\\p{Lu})`, 'gu')

/** A proper name (up to four words, opening its phrase) after a lowercase media noun is a news organization. */
export const mediaName = organizationAfterCue('media-name', MEDIA, (s) => s.first === 0 && s.last < 4, PRIORITY.person + 1)
