import { parseCount, WORD_NUMBER_SOURCE } from '../numbers.js'
import { figureRecognizer } from './define.js'

const PATTERN = new RegExp(String.raw`\b(?:has |have |had )?(?:met|convened|sat)\s+(?<num>\d{1,3}|${WORD_NUMBER_SOURCE})\s+times\b`, 'gi')

/**
 * "The Joint Economic Committee has met five times": a count of a
 * mechanism's meetings. Kept only when a mechanism is the one meeting (see
 * the build step); leaders meeting N times are events, not indicators.
 */
export const meetingTimes = figureRecognizer('meeting-times', PATTERN, (match) => {
  const value = parseCount(match.groups!.num)
  return value === null ? null : { kind: 'count', value, unit: 'count', noun: 'times' }
})
