import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'
import { qualifierBefore } from '../roles.js'
import { scanDocument, segmentText, unreadStartingAt } from '../scan/document.js'
import { TITLE_ALTERNATION } from './title-pattern.js'

// A lowercase title, perhaps with what it is in charge of ("for U.S. affairs",
// "of the interior"), then a comma and a capitalized name. Bounded: the
// charge is at most 40 characters without a comma.
// Opens with an ASCII lookbehind (see lowercase-title-person.ts): 1.63 -> 1.06 ms per 100 KB of news.
const TITLE_COMMA = new RegExp(
  `(?<![A-Za-z-])(?<![\\p{L}-])(?:${TITLE_ALTERNATION})(?:[ \\t]+(?:for|of|on)[ \\t]+(?:[^,.;\\n]|\\.(?=\\S|[ \\t]+\\p{Ll})){1,40}?)?,[ \\t]+(?=\\p{Lu})`,
  'gu',
)
// The description opens with a determiner or a possessive within a few words
// before the title: "the UK environment secretary", "Cuba's top diplomat".
// bounded: read on the 50 characters before the title
const OPENS_DESCRIPTION = /(?:\b[Tt]he|\b[Ii]ts|\b[Hh]is|\b[Hh]er|\b[Tt]heir|(\p{Lu}[\p{L}\p{M}.]*)['’]s)((?:[ \t]+[\p{L}\p{M}.'’-]+){0,3})[ \t]+$/u
// What may follow the name in an apposition: its closing comma, the end of
// the sentence or a verb of speech.
const CLOSES_NAME = /^(?:,|\.(?:\s|$)|[ \t]+(?:said|says|told|added|noted|stressed|wrote)\b)/u

/**
 * A name introduced by its description: "the Norwegian fisheries minister,
 * Kari Lund, said"; "Peru's chief negotiator for the Pacific, Ana Rios,".
 * The name must be two to four words and close the apposition.
 */
export const describedTitleName: Recognizer<Candidate> = {
  name: 'described-title-name',
  pattern: () => TITLE_COMMA,
  extract(ctx, match) {
    // A capitalized title before a comma is title-comma-name's.
    if (!/^\p{Ll}/u.test(match[0])) return null
    const opener = OPENS_DESCRIPTION.exec(ctx.text.slice(Math.max(0, match.index - 50), match.index))
    if (!opener) return null
    const seg = unreadStartingAt(scanDocument(ctx), match.index + match[0].length, (s) => s.first === 0)
    if (!seg || seg.last - seg.first < 1 || seg.last - seg.first > 3) return null
    const { span, text } = segmentText(ctx, seg)
    if (!CLOSES_NAME.test(ctx.text.slice(span.end, span.end + 12))) return null
    const title = match[0].replace(/,[ \t]*$/u, '').trim()
    const from = match.index - opener[0].length
    const country = countryOf(`${opener[1] ?? ''} ${opener[2]}`)
    return personCandidate(span, text, 'entities:described-title-name', PRIORITY.person, {
      country,
      roles: [{ title, span: { start: from, end: match.index + title.length }, qualifier: qualifierBefore(ctx.text, from) }],
    })
  },
}

/** The country a possessive or a modifier names ("Cuba", "UK", "Norwegian"), if any. */
function countryOf(words: string): string | null {
  for (const word of words.trim().split(/[ \t]+/u)) {
    const entry = COUNTRY_PHRASES.get(foldName(word.replace(/['’]s$/u, '')))
    if (entry && !entry.exact) return entry.code
  }
  return null
}
