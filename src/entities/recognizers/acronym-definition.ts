import { sentenceAt } from '../../pipeline/context.js'
import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, type Candidate } from '../candidate.js'
import { longFormBefore } from './long-form.js'

const DEFINITION = /\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/gu

/**
 * "Long Form (ACR)": finds the long form the letters abbreviate (Schwartz &
 * Hearst) and proposes the link; the acronym refiner applies it.
 */
export const acronymDefinition: Recognizer<Candidate> = {
  name: 'acronym-definition',
  pattern: () => DEFINITION,
  extract(ctx, match) {
    const acronym = match[1]
    const sentence = sentenceAt(ctx, match.index)
    const from = sentence ? sentence.span.start : Math.max(0, match.index - 300)
    const long = longFormBefore(ctx.text, from, match.index, acronym)
    if (!long) return null
    const text = ctx.text.slice(long.start, long.end)
    return {
      span: long,
      text,
      type: 'organization',
      key: '',
      name: text,
      country: null,
      ruleId: 'entities:acronym-definition',
      priority: PRIORITY.definedLong,
      definition: { acronym, long },
    }
  },
}
