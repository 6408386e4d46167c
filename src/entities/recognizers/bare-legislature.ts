import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, type Candidate } from '../candidate.js'

// "in the Senate", "the Senate approved": a chamber named by its head word alone
// (a longer name, "Senate of Chile", "Senate Foreign Relations Committee", is the organization reader's).
const BARE = /\b[Tt]he[ \t]+(Senate|Senado|Bundestag|Bundesrat|Knesset|Duma|Storting|Riksdag|Folketing|Seimas|Sejm|Majlis)\b(?![ \t]+(?:of\b|\p{Lu}))/gu

/** A legislature named by its bare head word after "the". */
export const bareLegislature: Recognizer<Candidate> = {
  name: 'bare-legislature',
  pattern: () => BARE,
  extract(_ctx, match) {
    const text = match[1]
    const start = match.index + match[0].length - text.length
    return {
      span: { start, end: start + text.length },
      text,
      type: 'organization',
      key: `org:${text.toLowerCase()}`,
      name: text,
      country: null,
      ruleId: 'entities:bare-legislature',
      priority: PRIORITY.org - 1,
    }
  },
}
