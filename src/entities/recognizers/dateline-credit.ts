import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, type Candidate } from '../candidate.js'

// "SEOUL, Oct. 5 (Yonhap) --", "TOKYO (Kyodo) -": the agency a dateline credits.
const DATELINE = /^[^\n()]{2,60}?\((\p{Lu}[\p{L}\p{M}]+(?:[ \t]\p{Lu}[\p{L}\p{M}]+)?)\)[ \t]*[-—–]/gmu

/** The news agency credited in parentheses in a dateline. */
export const datelineCredit: Recognizer<Candidate> = {
  name: 'dateline-credit',
  pattern: () => DATELINE,
  extract(_ctx, match) {
    const text = match[1]
    const start = match.index + match[0].indexOf(`(${text})`) + 1
    return {
      span: { start, end: start + text.length },
      text,
      type: 'organization',
      key: `org:${foldName(text)}`,
      name: text,
      country: null,
      ruleId: 'entities:dateline-credit',
      priority: PRIORITY.org,
    }
  },
}
