import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { onePairSide } from '../groups.js'
import { countriesIn, groupSpan, locate, makeEvent } from '../make-event.js'

// Ships or aircraft entering the other side's waters or airspace told by a
// noun: "the intrusion of Chinese vessels into Japanese territorial waters",
// "the incursion of Russian jets into Estonian airspace". As the verb form
// ("entered Estonian airspace", the lexicon's incident.intrusion), force
// shown, not used (CAMEO 150); a crossing into land stays with the nouns of
// force (force-noun.ts). Every run of words is counted, so the match stays linear.
const PATTERN =
  /\b(?<noun>intrusions?|incursions?)\s+(?:of|by)\s+(?<by>(?:[\p{L}'’.-]+\s+){1,5}?)into\s+(?<into>(?:[\p{L}'’.-]+\s+){0,3}?)(?:territorial\s+waters|airspace|air\s+space|waters|(?:exclusive\s+)?economic\s+zone)\b/dgu

/** "the intrusion of Chinese vessels into Japanese territorial waters": the doer's country on the waters' country. */
export const intrusionNoun: Recognizer<EventDraft> = {
  name: 'intrusion-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const source = countriesIn(ctx, info, groupSpan(match, 'by'))
    const into = groupSpan(match, 'into')
    const target = countriesIn(ctx, info, into).filter((k) => !source.includes(k))
    // "into its territorial waters" in a story of two countries: the other one's (pair-sides names it).
    if (source.length !== 1 || (target.length === 0 && !onePairSide(ctx, source))) return null
    const draft = makeEvent(ctx, {
      type: 'incident',
      subtype: 'intrusion',
      ruleId: 'events:intrusion-noun',
      trigger: groupSpan(match, 'noun'),
      roles: 'parties',
      actors: [...source, ...target],
    })
    return draft ? { ...draft, source, target } : null
  },
}
