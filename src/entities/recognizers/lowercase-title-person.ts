import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'
import { qualifierBefore } from '../roles.js'
import { scanDocument, segmentText, unreadStartingAt } from '../scan/document.js'
import { TITLE_ALTERNATION } from './title-pattern.js'

// A title in lowercase right before a capitalized name: "top legislator Li Zhanshu".
// Family relations name a person the same way: "his wife Sophie Grégoire".
// "his Chinese counterpart Wang Yi" names a person but states no title.
const RELATIONS = 'wife|husband|spouse|son|daughter|brother|sister|father|mother'
const CUES = new Set(['counterpart', 'host', 'guest'])
// The ASCII lookbehind first: it says no at once inside an English word (most
// positions of the text), before the Unicode class is read; the two together
// say what the second says alone (1.68 -> 1.07 ms per 100 KB of news).
// "his Ghanaian counterpart, Abena Owusu-Mensah", "Togo's security minister, Yawa Kpatcha": the name may follow a comma.
const LOWER_TITLE = new RegExp(`(?<![A-Za-z-])(?<![\\p{L}-])(?:${TITLE_ALTERNATION}|${RELATIONS}|${[...CUES].join('|')}),?[ \\t]+(?=\\p{Lu})`, 'gu')

const POSSESSED = /(?:['’]s|\b(?:his|her|its|their))[ \t]+(?:[\p{L}-]+[ \t]+){0,3}$/u

/** A name after a lowercase title ("top political advisor Wang Yang", "premier Li"). */
export const lowercaseTitlePerson: Recognizer<Candidate> = {
  name: 'lowercase-title-person',
  pattern: () => LOWER_TITLE,
  extract(ctx, match) {
    // After a comma the name must belong to a possessed title ("his Ghanaian counterpart, X", "Togo's security
    // minister, Y"); "X, general secretary ... and Chinese president, Trong is" ends an apposition instead.
    // bounded: the 40 characters before the title
    if (match[0].includes(',') && !POSSESSED.test(ctx.text.slice(Math.max(0, match.index - 40), match.index))) return null
    const seg = unreadStartingAt(scanDocument(ctx), match.index + match[0].length, (s) => s.first === 0)
    if (!seg) return null
    const { span, text } = segmentText(ctx, seg)
    const title = match[0].trimEnd().replace(/,$/, '')
    // "his Chinese counterpart Wang Yi", "Indian premier X": the demonym before names the country.
    // bounded: the 30 characters before the title
    const before = /(\p{Lu}[\p{L}\p{M}]+)[ \t]+$/u.exec(ctx.text.slice(Math.max(0, match.index - 30), match.index))
    const entry = before ? COUNTRY_PHRASES.get(foldName(before[1])) : undefined
    const from = entry && before ? match.index - before[0].length : match.index
    return personCandidate(span, text, 'entities:lowercase-title-person', PRIORITY.person, {
      country: entry && !entry.exact ? entry.code : null,
      roles: CUES.has(title) ? [] : [{ title, span: { start: from, end: match.index + title.length }, qualifier: qualifierBefore(ctx.text, from) }],
      ...(title === 'counterpart' ? { counterpart: true } : {}),
    })
  },
}
