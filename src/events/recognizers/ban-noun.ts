import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { countriesIn, groupSpan, locate, makeEvent } from '../make-event.js'

// A trade ban named by its noun, with the side that bans before it and the side
// whose goods are banned after it: "Kenya's ban on Ugandan eggs", "the Kenyan
// ban of Uganda's poultry products", "a Chinese ban on Japanese seafood imports".
// Every run of words is counted (three before the noun, six after "on"/"of"), so the match stays linear.
// The side that bans may also be the subject of a verb of answering ("Kenya
// retaliated with a ban on", "Accra followed up with an import ban on"); what
// is banned, goods of the other side's name ("on Chilean salmon") as well as
// goods of a known kind.
const BY = String.raw`\b\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`
const ANSWERED = String.raw`\s+(?:followed\s+up|responded|retaliated|hit\s+back|reacted)\s+with\s+(?:a|an)`
const GOODS = String.raw`(?:[\p{L}'’-]+\s+){0,6}?(?:goods|products|produce|imports|exports|sugar|eggs|milk|poultry|beef|meat|rice|maize|grain|wheat|seafood|fish|fruit|vegetables|cattle|livestock|timber|oil|gas|coal|steel|cars|vehicles|flights|airlines|carriers|trucks|citizens|nationals|visas)`
const NAMED_GOODS = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}-]*){1,3}`
const PATTERN = new RegExp(
  String.raw`(?<by>${BY}(?:['’]s|${ANSWERED})?)\s+(?:(?:months?-old|years?-old|long-standing|import|export|trade|blanket|total|temporary|outright)\s+){0,2}(?<noun>bans?|embargo)\s+(?:on|of)\s+(?<on>${GOODS}|${NAMED_GOODS})\b`,
  'dgu',
)

/**
 * A sanction (CAMEO 163, embargo or ban) told as a noun: the side named before
 * "ban" imposes it on the side named in what is banned. Both must be named and
 * differ; the time is the sentence's or the article's, as for any event.
 */
export const banNoun: Recognizer<EventDraft> = {
  name: 'ban-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const by = groupSpan(match, 'by')
    const on = groupSpan(match, 'on')
    const source = countriesIn(ctx, info, by)
    const target = countriesIn(ctx, info, on).filter((k) => !source.includes(k))
    if (source.length !== 1 || target.length === 0) return null
    const draft = makeEvent(ctx, {
      type: 'sanction',
      ruleId: 'events:ban-noun',
      trigger: groupSpan(match, 'noun'),
      roles: 'parties',
      actors: [...source, ...target],
    })
    return draft ? { ...draft, source, target } : null
  },
}
