import type { Recognizer } from '../../pipeline/recognizer.js'
import type { Figure } from '../figure.js'
import { parseCount, WORD_NUMBER_SOURCE } from '../numbers.js'
import { spanOf } from './shared.js'

const PATTERN = new RegExp(
  String.raw`\b(?:has |have |had )?(?:met|convened|sat)\s+(?<num>\d{1,3}|${WORD_NUMBER_SOURCE})\s+times\b`,
  'gi',
)

/**
 * "The Joint Economic Committee has met five times": a count of a
 * mechanism's meetings. Kept only when a mechanism is the one meeting (see
 * the build step); leaders meeting N times are events, not indicators.
 */
export const meetingTimes: Recognizer<Figure> = {
  name: 'meeting-times',
  pattern: () => PATTERN,
  extract(_ctx, match) {
    const value = parseCount(match.groups!.num)
    if (value === null) return null
    return { kind: 'count', span: spanOf(match), value, unit: 'count', noun: 'times', ruleId: 'indicators:meeting-times' }
  },
}
