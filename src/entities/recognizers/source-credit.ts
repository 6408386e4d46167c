import { PRIORITY } from '../candidate.js'
import { organizationAfterCue } from './organization-after-cue.js'

// News credits: "(With input from Xinhua)", "/Xinhua)", "Photo: Reuters", "Source: AFP".
const CREDIT = /(?:\binput from|\breported by|\b[Ss]ource:|\b[Pp]hotos?:|\/)[ \t]*(?=\p{Lu})/gu

/** A single proper name credited as a source is a news organization. */
export const sourceCredit = organizationAfterCue('source-credit', CREDIT, (s) => s.first === s.last && s.phrase.elements.length === 1, PRIORITY.org)
