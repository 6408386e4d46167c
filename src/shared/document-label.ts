// What a document is called wherever it is cited: its title, else the first
// words of its lead in quotes, never a hashed file name when the text has
// words to show. Pure, shared by the read service, the brief, the CLI and the
// dashboard.

// A scraped "date 2024-05-01" marker before the text proper.
export const DATE_MARKER = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+/i
// Page furniture a scrape keeps above the article: a skip link, a browser
// notice, a byline, a time stamp ("2:38 PM / 3 years ago"), a row of widget
// symbols ("+ ↺ − 16 px"). Neither a headline nor a lead.
export const PAGE_FURNITURE =
  /^(?:skip to\b|your (?:web )?browser\b|by\s+\p{Lu})|\b\d{1,2}:\d{2}\s*[AP]M\b|\bago$|^[^\p{L}]*(?:\p{L}{1,2}[^\p{L}]+)*\p{L}{0,2}$/iu
// A dateline before the lead: places in capitals, maybe a date and an agency,
// then a dash or colon ("HANOI —", "BEIJING, CHINA, May 10 -", "SEOUL (Yonhap) --").
// bounded: the first HEAD_CHARS characters of a text (leadOf cuts them)
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]*,\s*)*[\p{Lu}][\p{Lu}\p{M} .'’]+(?:,\s*\p{Lu}\p{Ll}+\.? \d{1,2})?\s*(?:\([^)\n]{1,30}\)\s*)?[-–—:]+\s+/u
/** Characters of a text's opening read for its lead (the read service hands 400). */
const HEAD_CHARS = 400
/** Lines looked at for the lead (blank and short furniture lines included). */
const LEAD_LINES = 6
export const BULLET = /^[-–•*]\s+/
/** Words of a lead shown as a document's label. */
const LEAD_WORDS = 12

/**
 * The first words of a text's lead (its first sentence, dateline left out),
 * clipped with an ellipsis: what names a document that has no title.
 */
export function leadOf(head: string | null | undefined): string | null {
  if (!head) return null
  const text = head.slice(0, HEAD_CHARS).replace(DATE_MARKER, '').trimStart().replace(DATELINE, '')
  // the first line of three words or more: a one- or two-word line above it
  // ("Kenya", "Contact Us") is page furniture, a list bullet is no word
  const lines = text.split(/\n/, LEAD_LINES).map((l) => l.trim().replace(BULLET, ''))
  const firstLine = lines.find((l) => l.split(/\s+/).filter(Boolean).length >= 3 && !PAGE_FURNITURE.test(l)) ?? ''
  const sentence = /^.*?[.!?](?=\s|$)/.exec(firstLine)?.[0] ?? firstLine
  const words = sentence.split(/\s+/).filter(Boolean)
  if (words.length < 3) return null
  const shown = words.slice(0, LEAD_WORDS).join(' ')
  return words.length > LEAD_WORDS ? `${shown.replace(/[,;:]$/, '')}…` : shown
}

/** A document as citations name it: title, else its lead in quotes, else the file's base name. */
export function documentLabel(d: { title: string | null; lead?: string | null; source: string; id: string }): string {
  if (d.title) return d.title
  if (d.lead) return `“${d.lead}”`
  return d.source.split(/[\\/]/).pop() || d.id
}
