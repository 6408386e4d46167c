import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'
import { betweenCountries } from '../milestone.js'
import { sentenceCover } from '../time-pick.js'

const PATTERN =
  /\b(?:(?:elevat(?:ed|e|es|ing)|upgrad(?:ed|e|es|ing)|rais(?:ed|e|es|ing)|lift(?:ed|s|ing)?)\s+(?:(?:their|the|its|bilateral|our|this|these)\s+)?(?:(?:relations|ties|relationship|partnership)\s+)?(?:to|into)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(?:partnership|alliance)|(?:relations|ties|relationship)\s+(?:were|was|have been|had been)\s+(?:elevated|upgraded|raised)\s+(?:to|into)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,6}?(?:partnership|alliance|level)|(?:defined|define|defines|set|established|agreed on)\s+(?:a\s+)?new\s+positioning)\b/dgi

/** "elevated their ties to a comprehensive strategic cooperative partnership", "relations were elevated to Bi-National Commission level", "defined new positioning for bilateral relations". */
export const relationsUpgrade: Recognizer<EventDraft> = {
  name: 'relations-upgrade',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const positioning = /positioning/i.test(match[0])
    const draft = makeEvent(ctx, {
      type: 'relations_milestone',
      ruleId: 'events:relations-upgrade',
      trigger,
      roles: 'parties',
      when: positioning ? sentenceCover(ctx, info) : undefined,
    })
    return betweenCountries(ctx, draft)
  },
}
