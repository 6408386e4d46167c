import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { locateGroup, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?<verb>present(?:ed|s|ing)?|confer(?:red|s|ring)?|award(?:ed|s|ing)?|bestow(?:ed|s|ing)?|decorat(?:ed|es|e)|receiv(?:ed|es|e)|accept(?:ed|s)?)\b/dgi
// The usual names of state honours: "Order of ...", "Legion of Honour", "Grand Cross of ...",
// "the country's highest civilian honour".
const HONOUR =
  /\b(?:[Mm]edals?|Order|[Oo]rders? of|[Dd]ecorations?|Award|awards?|Prize|prizes?|[Tt]itles? of|[Ii]nsignia|[Hh]onorary (?:citizenship|doctorate|degree)|Legion of Hono(?:u)?r|Grand (?:Cross|Collar|Cordon)|(?:Cross|Star|Collar|Companion) of|highest (?:civilian |state |national )?(?:hono(?:u)?r|distinction|award))\b/

/** "Xi presented the Friendship Medal to Trong", "was conferred the Order of ...", "received the Gold Star Order". */
export const award: Recognizer<EventDraft> = {
  name: 'award',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = locateGroup(ctx, match, 'verb')
    if (!found) return null
    const { info, span: verb, token } = found
    if (!token || (token.pos !== 'VERB' && token.pos !== 'AUX')) return null
    const clause = clauseOf(info, verb)
    const after = ctx.text.slice(verb.end, Math.min(clause.end, verb.end + 80))
    const honour = HONOUR.exec(after)
    if (!honour) return null
    // The honour must be the object, close after the verb ("received the ... Medal").
    if (/^(?:receiv|accept)/i.test(match.groups!.verb) && honour.index > 50) return null
    const draft = makeEvent(ctx, { type: 'award', ruleId: 'events:award', trigger: verb, roles: 'people' })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
