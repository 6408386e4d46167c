import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const EXCHANGED =
  /\b(?<verb>exchanged|exchange of)\s+(?:[\w-]+\s+){0,3}?(?<noun>documents|agreements|memorand(?:um|a) of understanding|instruments of ratification|notes)\b/dgi
const PATTERN =
  /\b(?<verb>issued|issue|issues|adopted|adopt|adopts|released|release|releases|signed|sign|signs)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?<noun>joint\s+(?:statement|declaration|communiqu[eé]|press release|vision statement|action plan))/dgi

/** "The two sides exchanged cooperation documents": an agreement. */
export const documentsExchanged: Recognizer<EventDraft> = {
  name: 'documents-exchanged',
  pattern: () => EXCHANGED,
  extract(ctx, match) {
    if (!locate(ctx, match.index)) return null
    const verb = groupSpan(match, 'verb')
    const noun = groupSpan(match, 'noun')
    const draft = makeEvent(ctx, {
      type: 'agreement',
      ruleId: 'events:documents-exchanged',
      trigger: { start: verb.start, end: noun.end },
      roles: 'parties',
      noun,
    })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}

/** "issued a joint statement on ...", "adopted a joint declaration". */
export const jointStatement: Recognizer<EventDraft> = {
  name: 'joint-statement',
  pattern: () => PATTERN,
  extract(ctx, match) {
    if (!locate(ctx, match.index)) return null
    const verb = groupSpan(match, 'verb')
    const draft = makeEvent(ctx, {
      type: 'agreement',
      ruleId: 'events:joint-statement',
      trigger: { start: verb.start, end: match.index + match[0].length },
      roles: 'parties',
    })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
