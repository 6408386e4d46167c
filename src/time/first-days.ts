import type { TimeInterval, WindowFacts } from '../model/types.js'
import { isoOf, parseIsoDay } from './calendar.js'
import type { Anchor, TimeCandidate } from './candidate.js'

/**
 * How many days before the reference a window's first day is checked. A
 * window borrowed with the same reference day starts at most a week before
 * it (src/resolve/dating.ts: PREVIEW_DAYS, REPORT_DAYS).
 */
export const FIRST_DAYS_CHECKED = 31

/**
 * The anchor as given, calling `onRead` when a resolution reads its
 * `earliest`. A resolution is a function of the anchor's fields: one that
 * does not read `earliest` under one first day reads it under none, so
 * which candidates read it is the same whatever the window's first day.
 */
export function watchEarliest(anchor: Anchor, onRead: () => void): Anchor {
  const { earliest, ...rest } = anchor
  return Object.defineProperty({ ...rest }, 'earliest', {
    enumerable: true,
    get() {
      onRead()
      return earliest
    },
  }) as Anchor
}

/**
 * The window's first days, among the FIRST_DAYS_CHECKED before the
 * reference and the reference itself (a later first day reads as the
 * reference), under which every candidate that reads the first day
 * resolves to the value it has: runs of consecutive days, oldest first.
 */
export function firstDaysKeeping(
  reading: readonly { candidate: TimeCandidate; anchor: Anchor; value: TimeInterval | null }[],
  reference: string,
): WindowFacts['firstDays'] {
  const ref = parseIsoDay(reference)!
  const runs: [string, string][] = []
  let open: number | null = null
  for (let day = ref - FIRST_DAYS_CHECKED; day <= ref + 1; day++) {
    const keeps = day <= ref && reading.every((r) => sameValue(r.candidate.resolve({ ...r.anchor, earliest: isoOf(day) }), r.value))
    if (keeps && open === null) open = day
    if (!keeps && open !== null) {
      runs.push([isoOf(open), isoOf(day - 1)])
      open = null
    }
  }
  return runs
}

function sameValue(a: TimeInterval | null, b: TimeInterval | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end && a.granularity === b.granularity)
}
