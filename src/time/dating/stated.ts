import type { Span } from '../../model/types.js'
import { bounds, parseIsoDay, weekdayOf } from '../calendar.js'
import type { TimeCandidate } from '../candidate.js'

/** A date the text (or its container) states as its own. */
export interface StatedDate {
  readonly day: number
  readonly text: string
  readonly span: Span | null
  readonly how: string
}

/** Where a header or dateline can be: the first lines of the text. */
const HEADER_CHARS = 800
const HEADER_LINES = 7
const FOOTER_LINES = 3
const FOOTER_CHARS = 400
// Read on the text before the date with every run of whitespace made one
// space (collapseSpaces), so each " ?" stands for what was "\s*": one way to
// split the spaces, where "\s*:?\s*\s*" on 5,000 spaces had millions.
const LABEL =
  /\b(?:date[d]?|updated|published|posted|last updated|modified|created|released|issued)(?: on)? ?:? ?(?:on )?(?:\d{1,2}[:.]\d{2} ?(?:[ap]\.?m\.?)? ?(?:[A-Z]{2,4} ?)?)?[,|·•-]? ?$/i
// "BEIJING, VIETNAM, " anywhere before; "Ha Noi, ", "Abu Dhabi [UAE], " or "New Delhi, India, " at the start of the line.
const DATELINE_BEFORE =
  /(?:(?:^|[\s,])\p{Lu}{2}[\p{Lu}\p{M}\s.'’-]*(?:,[\p{L}\p{M}\s.'’-]+)*|^\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}(?:\s*\[[^\]\n]{1,30}\])?(?:,\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})?),\s*$/u
const DATELINE_AFTER = /^\s*(?:(?:\([^)\n]{1,40}\)|\/[^/\n]{1,20}\/)\s*)?(?:--|-|–|—|:)/
const CAPITALIZED = /\p{Lu}[\p{L}\p{M}'’.-]*/gu
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\.?\b|\b(?:GMT|UTC|ICT|EST|EDT|CET|IST)\b|[+-]\d{2}:?\d{2}\b/gi
const SPACES = /\s+/g
// A byline sharing the date's line ("June 11, 2019 by Ana Ruiz", pages often drop the space: "2019by").
const BYLINE = /(?:^|\s)by(?=\s)/gi
const ONLY_PUNCTUATION = /^[\s\d,.|/:()\-–—·•+]*$/
// "/ 3 years ago" after a date line: the page's note of the article's age.
const AGE = /\b\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago\b/gi
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const WEEKDAY_FIRST = /^(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/i
const WEEKDAY = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b\.?,?\s*$/i

/**
 * The date a text states as its own, looked for in this order: the
 * container's metadata; in the first lines, a date after a label ("date",
 * "Updated 23:21,"; also in the last lines: "Story first published:"), a
 * date alone on a short line of names and times
 * ("Mexico City / October 12, 2017", "June 11, 2019 by Ana Ruiz"), a dateline ("HANOI, Oct. 28 (Xinhua)
 * --"). Only single days count. `choose` picks the reading of a date whose
 * year or order the text leaves open (null to skip it).
 */
export function statedDate(
  text: string,
  statedMeta: string | null | undefined,
  candidates: readonly TimeCandidate[],
  choose: (c: TimeCandidate) => number | null,
): StatedDate | null {
  const meta = parseIsoDay(statedMeta ?? null)
  if (meta !== null) return { day: meta, text: statedMeta!, span: null, how: 'stated by the source metadata' }
  const headerEnd = headerLimit(text)
  const footerStart = footerLimit(text)
  const found: (StatedDate & { weekday: boolean | null })[] = []
  for (const c of candidates) {
    const inFooter = c.span.start >= footerStart
    if (c.span.start >= headerEnd && !inFooter) continue
    if (c.needs === 'reference' || c.relation) continue
    const lineStart = text.lastIndexOf('\n', c.span.start - 1) + 1
    const nl = text.indexOf('\n', c.span.end)
    const lineEnd = nl < 0 ? text.length : nl
    // A header line is at most HEADER_CHARS long; a footer line may be any
    // length, and only its end can hold the label.
    const head = text.slice(Math.max(lineStart, c.span.start - HEADER_CHARS), c.span.start)
    const tail = text.slice(c.span.end, lineEnd)
    const how = LABEL.test(collapseSpaces(head))
      ? `a labelled date in the ${c.span.start < headerEnd ? 'header' : 'footer'}`
      : c.span.start >= headerEnd
        ? null
        : isBareLine(head + ' ' + tail)
          ? 'a date line in the header'
          : DATELINE_BEFORE.test(head) && DATELINE_AFTER.test(tail)
            ? 'a dateline'
            : null
    if (!how) continue
    const day = choose(c)
    if (day === null) continue
    found.push({ day, text: c.text, span: c.span, how, weekday: weekdayCheck(head, c.text, day) })
  }
  // Stacked date lines (a page's date of today above the article's own):
  // one whose weekday checks out wins, then the first.
  const best = found.find((f) => f.weekday === true) ?? found.find((f) => f.weekday !== false) ?? found[0]
  if (!best) return null
  const { weekday: _, ...stated } = best
  return found.length > 1 && best !== found[0] ? { ...stated, how: `${stated.how}, its weekday agreeing (of ${found.length} stated)` } : stated
}

/** True when the words before a date name its weekday rightly, false when wrongly, null when none is named. */
function weekdayCheck(head: string, text: string, day: number): boolean | null {
  const m = WEEKDAY.exec(head) ?? WEEKDAY_FIRST.exec(text)
  if (!m) return null
  const name = WEEKDAYS[weekdayOf(day)]!
  return name.startsWith(m[1]!.toLowerCase().slice(0, 3))
}

function headerLimit(text: string): number {
  // Blank lines do not count: pages often space their header lines apart.
  let end = 0
  let lines = 0
  while (lines < HEADER_LINES && end < text.length) {
    const nl = text.indexOf('\n', end)
    const lineEnd = nl < 0 ? text.length : nl
    if (text.slice(end, lineEnd).trim()) lines++
    end = lineEnd + 1
  }
  return Math.min(end, text.length, HEADER_CHARS)
}

/** Where the last lines begin: a labelled date there ("Story first published: ...") counts too. */
function footerLimit(text: string): number {
  let start = text.length
  let lines = 0
  while (lines < FOOTER_LINES && start > 0) {
    // lastIndexOf with a negative position still searches offset 0: stop at the start.
    const nl = start >= 2 ? text.lastIndexOf('\n', start - 2) : -1
    const lineStart = nl < 0 ? 0 : nl + 1
    if (text.slice(lineStart, start).trim()) lines++
    start = lineStart
  }
  return Math.max(start, text.length - FOOTER_CHARS)
}

/** Every run of whitespace as one space (linear: one pass, no backtracking). */
function collapseSpaces(s: string): string {
  return s.replace(SPACES, ' ')
}

function isBareLine(rest: string): boolean {
  if (rest.length > 80) return false
  return ONLY_PUNCTUATION.test(rest.replace(AGE, ' ').replace(CLOCK, ' ').replace(CAPITALIZED, ' ').replace(BYLINE, ' '))
}

/** The single day a candidate names under an anchor, or null. */
export function singleDay(c: TimeCandidate, resolve: (c: TimeCandidate) => ReturnType<TimeCandidate['resolve']>): number | null {
  const v = resolve(c)
  if (!v) return null
  const [s, e] = bounds(v)
  return s === e ? s : null
}
