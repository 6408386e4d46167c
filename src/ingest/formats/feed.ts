import Parser from 'rss-parser'
import type { Diagnostic } from '../../model/types.js'
import { fail, ok } from '../result.js'
import type { IngestItem } from '../result.js'
import { toIsoDay } from './dates.js'
import type { FormatInput } from './format.js'
import { stripHtml } from './strip-html.js'
import { webLink } from './web-link.js'

type Extra = { published?: string; updated?: string; 'dc:date'?: string; 'content:encoded'?: string; 'dc:creator'?: string; author?: string }
type FeedItem = Parser.Item & Extra

// Raw Atom dates are asked for because rss-parser turns them into UTC, which
// can move the publisher's day. A new parser per feed: rss-parser keeps one
// xml2js parser per instance, and after some malformed inputs that parser
// never calls back again, so a shared instance would hang later feeds.
function newParser(): Parser<Record<string, never>, Extra> {
  return new Parser({ customFields: { item: ['published', 'updated', 'dc:date'] } })
}

/**
 * An RSS or Atom feed: each item becomes a document whose text is the title,
 * a blank line, and the content (or description) without markup; link as URL
 * and source (http and https links only), publication date as stated day. A feed that does not parse is
 * one failure; an item without text is a failure naming the item.
 */
export async function readFeed(input: FormatInput): Promise<IngestItem[]> {
  let feed: Parser.Output<Extra>
  const diagnostics = [...input.diagnostics]
  try {
    feed = await parseLeniently(input.text, diagnostics)
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\s+/g, ' ').trim() : String(error)
    return [fail(input.source, `${input.source}: malformed feed (${message})`, 'ingest:feed-malformed')]
  }
  if (feed.items.length === 0) return [fail(input.source, `${input.source}: the feed has no items`, 'ingest:empty')]
  return feed.items.map((item, index) => itemDocument({ ...input, diagnostics }, item, index + 1))
}

// An `&` that starts no entity: the commonest slip in hand-made feeds.
const BARE_AMPERSAND = /&(?!#\d{1,7};|#x[0-9a-f]{1,6};|[a-z][a-z0-9]{0,31};)/gi

// Strict XML first; when that fails and the feed holds bare ampersands, once
// more with them escaped (noted on every item), as browsers' feed readers do.
async function parseLeniently(text: string, diagnostics: Diagnostic[]): Promise<Parser.Output<Extra>> {
  try {
    return await newParser().parseString(text)
  } catch (error) {
    const bare = text.match(BARE_AMPERSAND)?.length ?? 0
    if (bare === 0) throw error
    const feed = await newParser()
      .parseString(text.replace(BARE_AMPERSAND, '&amp;'))
      .catch(() => Promise.reject(error))
    diagnostics.push({ reason: `not well-formed XML: ${bare} bare "&" read as "&amp;"`, ruleId: 'ingest:feed-lenient', severity: 'warning' })
    return feed
  }
}

function itemDocument(input: FormatInput, item: FeedItem, n: number): IngestItem {
  const url = webLink(item.link, input.url)
  const source = url ?? `${input.source}#item-${n}`
  const title = cleanTitle(item.title)
  const body = stripHtml(item['content:encoded'] ?? item.content ?? item.summary ?? item.contentSnippet ?? '')
  const text = [title, body].filter(Boolean).join('\n\n')
  if (!text) return fail(source, `${input.source} item ${n}: no title or text`, 'ingest:empty')
  const statedDate = [item.published, item['dc:date'], item.pubDate, item.updated, item.isoDate].map((d) => toIsoDay(d)).find(Boolean) ?? null
  const author = item.creator ?? item['dc:creator'] ?? item.author ?? null
  return ok({ source, text, meta: { title, url, author: typeof author === 'string' ? author : null, statedDate }, diagnostics: [...input.diagnostics] })
}

// Titles are often HTML (Atom type="html", or RSS with escaped entities such as
// `&amp;#8217;`): decode them like content, on one line.
function cleanTitle(title: string | undefined): string | null {
  if (typeof title !== 'string') return null
  const text = /[&<]/.test(title) ? stripHtml(title) : title
  return text.replace(/\s+/g, ' ').trim() || null
}
