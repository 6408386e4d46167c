import type { EventStatus } from '../../model/types.js'
import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

/** What sets one agreement phrase apart from the others. */
export interface AgreementPhraseOptions {
  /** A status the words state themselves ("committed to reaching": planned). */
  readonly status?: EventStatus
  /** Count the agreements by the noun ("exchanged four documents"). */
  readonly counted?: boolean
}

/**
 * An agreement told by a verb and the noun it governs ("exchanged
 * cooperation documents", "issued a joint statement", "pledged to conclude a
 * trade deal"). The pattern names a `verb` and a `noun` group; the trigger
 * runs from the verb to the end of the noun, and a reading that names no
 * party is dropped.
 */
export function agreementPhrase(name: string, pattern: RegExp, options: AgreementPhraseOptions = {}): Recognizer<EventDraft> {
  return {
    name,
    pattern: () => pattern,
    extract(ctx, match) {
      if (!locate(ctx, match.index)) return null
      const verb = groupSpan(match, 'verb')
      const noun = groupSpan(match, 'noun')
      const trigger = { start: verb.start, end: noun.end }
      const draft = makeEvent(ctx, {
        type: 'agreement',
        ruleId: `events:${name}`,
        trigger,
        roles: 'parties',
        status: options.status,
        noun: options.counted ? noun : null,
      })
      return draft && draft.actors.length > 0 ? draft : null
    },
  }
}
