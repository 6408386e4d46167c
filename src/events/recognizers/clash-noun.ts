import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locateGroup, makeEvent } from '../make-event.js'
import { pairOf } from '../groups.js'

// Fighting named by a noun: "a border skirmish between the two armies",
// "an exchange of fire along the frontier", "a firefight at the crossing", "hand-to-hand combat".
// ("Clashes" stay with event-noun as incidents: the resolver merges same-day
// clashes of one pair, and recurring clashes are often distinct events.)
// CAMEO 190 (use conventional military force); no side is the doer.
const PATTERN =
  /\b(?<noun>skirmish(?:es)?|firefights?|gunfights?|gun battles?|exchanges? of (?:gun|artillery |mortar )?fire|border (?:fighting|hostilities)|hand-to-hand (?:combat|fighting|clash(?:es)?))\b/dgi
// A clash of words, interests or schedules is no fighting.
const NOT_ARMED =
  /\b(?:diplomatic|verbal|political|public|trade|ideological|cultural|legal|war of words|of (?:views|interests|opinions|ideas|civilizations))\b/i
// A clash feared, avoided or prevented did not happen.
const UNREAL =
  /\b(?:avoid|avoiding|prevent|preventing|averting|avert|risk of|risks|fears? of|danger of|possibility of|potential|possible|could lead to|to stop)\s+(?:\w+\s+){0,3}$/i
// "since the clashes", "months after the skirmish": a clash told elsewhere,
// named here only to place something else in time (a headline excepted,
// where "after" reports the news: "Border shuts after skirmish").
const FRAME = /\b(?:after|since|following|before|amid|amidst|during|in the wake of|ahead of|over|about|of)\s+(?:[\w'’-]+\s+){0,4}$/i
const ARMED =
  /\b(?:border|frontier|troops|forces|soldiers|military|army|armies|guards|armed|fire|firing|killed|dead|wounded|injured|casualties|deadly|fatal|militar\w*|posts?|positions|Line of (?:Control|Actual Control))\b/i

export const clashNoun: Recognizer<EventDraft> = {
  name: 'clash-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = locateGroup(ctx, match, 'noun')
    if (!found) return null
    const { info, span: noun, token } = found
    if (token && (token.pos === 'VERB' || token.pos === 'AUX')) return null
    const around = ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 30), Math.min(info.sentence.span.end, noun.end + 30))
    if (NOT_ARMED.test(around) || !ARMED.test(info.text)) return null
    if (UNREAL.test(ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 40), noun.start))) return null
    if (!info.heading && FRAME.test(ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 50), noun.start))) return null
    const draft = makeEvent(ctx, {
      type: 'military_action',
      subtype: 'force',
      ruleId: 'events:clash-noun',
      trigger: noun,
      roles: 'parties',
      status: 'occurred',
      noun,
    })
    if (!draft) return null
    // Armies clash, not the leaders a sentence names beside them: the
    // countries; one side named ("Pakistani troops and Taliban fighters")
    // or none is the article's pair.
    const countries = draft.actors.filter((a) => a.startsWith('country:'))
    const pair = pairOf(ctx)
    draft.actors = countries.length > 0 ? countries : pair
    // Which clash, when the sentence dates none, is for the story around it
    // to say; left undated, it would be taken as the article's news.
    if (!draft.ownTime && !info.heading) return null
    return draft.actors.length > 0 ? draft : null
  },
}
