import { PRIORITY } from '../candidate.js'
import { organizationAfterCue } from './organization-after-cue.js'

// "Egyptian daily Al-Ahram", "TV channel Al-Ekhbariya", "news agency Xinhua".
const MEDIA = /(?<![\p{L}-])(?:daily|newspaper|channel|broadcaster|agency|magazine|weekly|outlet|website|portal|tabloid|paper)[ \t]+(?=\p{Lu})/gu

/** A proper name (up to four words, opening its phrase) after a lowercase media noun is a news organization. */
export const mediaName = organizationAfterCue('media-name', MEDIA, (s) => s.first === 0 && s.last < 4, PRIORITY.person + 1)
