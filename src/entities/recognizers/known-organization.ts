import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, type Candidate } from '../candidate.js'
import { WORD_ACRONYMS } from '../gazetteer/organizations.js'

// "Mercosur", "Nato", "Asean": a known organization's acronym written as a word. The
// all-capital form is the acronym reader's; this one shares its key, so both spellings are one entity.
const WORD = new RegExp(String.raw`\b(?:${WORD_ACRONYMS.map((a) => a[0] + a.slice(1).toLowerCase()).join('|')})\b`, 'g')

/** A known organization whose acronym is written with one capital. */
export const knownOrganization: Recognizer<Candidate> = {
  name: 'known-organization',
  pattern: () => WORD,
  extract(_ctx, match) {
    const text = match[0]
    return {
      span: { start: match.index, end: match.index + text.length },
      text,
      type: 'organization',
      key: `org:${text.toLowerCase()}`,
      name: text.toUpperCase(),
      country: null,
      ruleId: 'entities:known-organization',
      priority: PRIORITY.org,
    }
  },
}
