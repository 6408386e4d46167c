import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<verb>issued|issue|issues|adopted|adopt|adopts|released|release|releases|signed|sign|signs)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?<noun>joint\s+(?:statement|declaration|communiqu[eé]|press release|vision statement|action plan))/dgi

/** "issued a joint statement on ...", "adopted a joint declaration". */
export const jointStatement: Recognizer<EventDraft> = {
  name: 'joint-statement',
  pattern: () => PATTERN,
  extract(ctx, match) {
    if (!locate(ctx, match.index)) return null
    const verb = groupSpan(match, 'verb')
    const draft = makeEvent(ctx, { type: 'agreement', ruleId: 'events:joint-statement', trigger: { start: verb.start, end: match.index + match[0].length }, roles: 'parties' })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
