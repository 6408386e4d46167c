// Who published a document, for citing it: the site name the page states,
// else a credit line in the text ("— VNS", "(Reuters) -"), else the URL's host.

/** What ingest stored about a document, enough to name its outlet. */
export interface OutletInput {
  readonly url: string | null
  /** The stored DocumentMeta JSON (may hold `siteName`). */
  readonly meta?: string | null
  /** The opening and closing stretch of the text (where credit lines are). */
  readonly head?: string | null
  readonly tail?: string | null
}

// An agency credit closing the article: "... need. VNA/VNS", "— VNS",
// "- (VNA/VLLF)". A photo credit inside a caption ("2022. /Xinhua)") is not one.
const CREDIT_END = /(?:^|[.!?"”’]\s+|[-–—]\s*)\(?([A-Z]{2,8}(?:\/[A-Z]{2,8})*)\)?\s*$/
// A dateline credit: "HANOI (Reuters) -", "SEOUL, May 2 (Yonhap) --".
const CREDIT_START = /^[^\n()]{0,80}?\(([A-Z][A-Za-z.&]{1,20}(?: [A-Z][A-Za-z.&]{1,20}){0,2})\)\s*[-–—:]/
// Page furniture after the article ("back to top", "Search Trends"): not the last line that counts.
const FURNITURE = /^(?:back to top|search trends|share|print|related|read more|advertisement|top)\b.{0,20}$/i

/** The outlet that published a document, or null when nothing names it. */
export function documentOutlet(d: OutletInput): string | null {
  return siteName(d.meta) ?? creditLine(d.head ?? '', d.tail ?? '') ?? hostOf(d.url)
}

function siteName(meta: string | null | undefined): string | null {
  if (!meta) return null
  try {
    const name = (JSON.parse(meta) as { siteName?: unknown }).siteName
    return typeof name === 'string' && name.trim() ? name.trim() : null
  } catch {
    return null
  }
}

/** A credit line in the last lines of the text (page furniture skipped), or in the dateline. */
export function creditLine(head: string, tail: string): string | null {
  const lines = tail.split(/\n/).map((l) => l.trim()).filter(Boolean)
  while (lines.length && FURNITURE.test(lines[lines.length - 1]!)) lines.pop()
  const last = lines[lines.length - 1]
  const end = last ? CREDIT_END.exec(last) : null
  if (end) return end[1]!
  return CREDIT_START.exec(head.trimStart())?.[1] ?? null
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
