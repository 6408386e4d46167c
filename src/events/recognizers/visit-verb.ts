import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'
import { clauseOf } from '../clause.js'
import { destinationAfter, hostAndPlace, pairHost, spanDays } from '../visit-roles.js'

const ADJ =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|historic|landmark|official|state|working|friendly|friendship|formal|reciprocal|brief|short|high-level|bilateral|overseas|foreign|regional|goodwill|return|maiden|surprise|rare|week-long|[a-z]+-(?:day|nation|country|leg)|(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+day)'
const PATTERN = new RegExp(
  `\\b(?<verb>paid|pays|pay|paying|made|makes|make|making|began|begins|begin|started|starts|start|conducted|conducts|conduct|undertook|undertakes|undertake|is on|was on|are on|were on|be on|arrived on|arrives on|arrive on|embarked on|embarks on|embark on|concluded|concludes|wrapped up|wraps up|wrapping up|ended|ends|cut short|kicked off|kicking off|kicks off)\\s+(?:(?:a|an|his|her|their|its)\\s+)?(?:${ADJ}\\s+){0,4}(?<noun>visit|trip|tour)\\b`,
  'dgi',
)

/** "paid an official visit to China", "will pay a state visit", "is on a visit to", "began a two-day visit". */
export const visitVerb: Recognizer<EventDraft> = {
  name: 'visit-verb',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const verb = groupSpan(match, 'verb')
    const noun = groupSpan(match, 'noun')
    const trigger = { start: verb.start, end: noun.end }
    const clause = clauseOf(info, trigger)
    const dest = destinationAfter(ctx, info, noun.end, clause.end)
    const present = /^(?:is|are) on$/i.test(match.groups!.verb)
    const draft = makeEvent(ctx, {
      type: 'visit',
      ruleId: 'events:visit-verb',
      trigger,
      roles: 'guest',
      ...hostAndPlace(dest),
      status: present ? 'occurred' : undefined,
    })
    if (!draft || draft.actors.length === 0) return null
    draft.host ??= pairHost(ctx, draft.actors)
    draft.when = spanDays(match[0], draft.when)
    return draft
  },
}
