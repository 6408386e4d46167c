// Who published a document, for citing it: the site name the page states,
// else a masthead standing as the first line, else a credit line in the text
// ("— VNS", "(Reuters) -"), else the URL's host. Names are the publisher's,
// without an edition ("MercoPress, en Español" is MercoPress).

/** What ingest stored about a document, enough to name its outlet. */
export interface OutletInput {
  readonly url: string | null
  /** The stored DocumentMeta JSON (may hold `siteName`). */
  readonly meta?: string | null
  /** The opening and closing stretch of the text (where credit lines are). */
  readonly head?: string | null
  readonly tail?: string | null
  /** The outlet named by a masthead or credit line the text opens with (see document-identity). */
  readonly masthead?: string | null
}

// An outlet's name: one to four capitalised words ("MercoPress", "The Fjord Times").
export const OUTLET_NAME = String.raw`(?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}`
// A masthead: the name and its edition, "MercoPress, en Español", "Fjord
// Times English Edition", "Island Post (English)". Editions are matched in any
// case, the name only capitalised.
const EDITION = String.raw`(?:\s*[,|–—:-]\s*(?:${caseless('en español|em português|en français|auf deutsch|in english|english|español|français')})|\s+\((?:${caseless('english|español|français')})\)|\s+(?:English|International|Online|Digital|Global|Asia|Africa|Europe|Americas)\s+(?:Edition|Version|${caseless('edition|version')}))`
const MASTHEAD = new RegExp(String.raw`^(${OUTLET_NAME})${EDITION}$`, 'u')
// A news service's or an agency's credit standing alone: "Pacific News Service", "Lanexang News Agency".
const CREDIT = new RegExp(String.raw`^(${OUTLET_NAME}\s+(?:News|Press|Wire|Information)\s+(?:Service|Agency))$`, 'u')

// An agency credit closing the article: "... need. VNA/VNS", "— VNS",
// "- (VNA/VLLF)", "... on Friday. (Bernama News Agency)". A photo credit inside
// a caption ("2022. /Xinhua)") is not one.
const CREDIT_END =
  /(?:^|[.!?"”’]\s+|[-–—]\s*)\(?([A-Z]{2,8}(?:\/[A-Z]{2,8})*)\)?\s*$|(?:^|[.!?"”’]\s+)\(((?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}(?:News\s+)?Agency)\)\s*$/u
// A dateline credit: "HANOI (Reuters) -", "SEOUL, May 2 (Yonhap) --". A place
// comes first: "(PARIS) —" alone is a dateline without a credit.
const CREDIT_START = /^[^\n()]{1,80}?\(([A-Z][A-Za-z.&]{1,20}(?: [A-Z][A-Za-z.&]{1,20}){0,2})\)\s*[-–—:]/
// A byline line naming an agency, maybe followed by its section in capitals:
// "Anadolu Agency ASIA", "(Bernama News Agency)".
const AGENCY_LINE = /^\(?((?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}(?:News\s+)?Agency)\)?(?:\s+\p{Lu}{2,}){0,2}$/u
// Page furniture after the article ("back to top", "Search Trends"): not the last line that counts.
const FURNITURE = /^(?:back to top|search trends|share|print|related|read more|advertisement|top)\b.{0,20}$/i
// Lines of the opening read for a dateline or a byline: a headline, a section
// line and blank lines can come first; a credit in the body is someone quoted
// ("Yonhap reported"), not who published the article.
const HEAD_LINES = 12

/** The outlet that published a document, or null when nothing names it. */
export function documentOutlet(d: OutletInput): string | null {
  return siteName(d.meta) ?? d.masthead ?? creditLine(d.head ?? '', d.tail ?? '') ?? hostOf(d.url)
}

/** A pattern matching these words in any case: `en español` -> `[eE][nN] [eE][sS]...`. */
function caseless(words: string): string {
  return words.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
}

/** The outlet a line names when it is a masthead (the name, edition dropped) or a credit; else null. */
export function mastheadName(line: string): string | null {
  const text = line.trim()
  return MASTHEAD.exec(text)?.[1]!.trim() ?? CREDIT.exec(text)?.[1] ?? null
}

function siteName(meta: string | null | undefined): string | null {
  if (!meta) return null
  try {
    const name = (JSON.parse(meta) as { siteName?: unknown }).siteName
    return typeof name === 'string' && name.trim() ? (MASTHEAD.exec(name.trim())?.[1]!.trim() ?? name.trim()) : null
  } catch {
    return null
  }
}

/** A credit line in the last lines of the text (page furniture skipped), else a dateline or byline in its opening lines. */
export function creditLine(head: string, tail: string): string | null {
  const lines = tail
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)
  while (lines.length && FURNITURE.test(lines[lines.length - 1]!)) lines.pop()
  const last = lines[lines.length - 1]
  const end = last ? CREDIT_END.exec(last) : null
  if (end) return (end[1] ?? end[2]!).replace(/\s+/g, ' ')
  for (const line of head.split(/\n/, HEAD_LINES).map((l) => l.trim())) {
    const credit = CREDIT_START.exec(line)?.[1] ?? AGENCY_LINE.exec(line)?.[1]
    if (credit) return credit.replace(/\s+/g, ' ')
  }
  return null
}

/** `https://www.example.com/a` -> `example.com`. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}
