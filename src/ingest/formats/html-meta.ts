import { toIsoDay } from './dates.js'
import { jsonLdArticle } from './json-ld.js'
import { webLink } from './web-link.js'

/** What the page's head says about the article. */
export interface PageMeta {
  /** The title stated for sharing (og:, twitter:, JSON-LD), without the site name. */
  readonly title: string | null
  /** The `<title>` element, often with the site name appended. */
  readonly docTitle: string | null
  readonly author: string | null
  readonly statedDate: string | null
  readonly url: string | null
  /** The site's own name (og:site_name, application-name), for citing the outlet. */
  readonly siteName: string | null
}

// Meta names and properties, best first, that carry the publication date.
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'datepublished',
  'published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
]
const TITLE_KEYS = ['og:title', 'twitter:title', 'headline', 'title', 'dc.title']
const SITE_KEYS = ['og:site_name', 'application-name', 'publisher']
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author']

/**
 * Title, author, published day and canonical URL from meta tags, JSON-LD,
 * itemprop microdata and `<time datetime>`; read before Readability edits
 * the document. `pageUrl` resolves a relative canonical link and stands in
 * for a missing one; only http(s) URLs are kept.
 */
export function pageMeta(document: Document, pageUrl: string | null): PageMeta {
  const meta = metaMap(document)
  const ld = jsonLdArticle(document)
  const pick = (keys: readonly string[]): string | null => keys.map((k) => meta.get(k)).find((v) => v) ?? null
  const timeTag = document.querySelector('time[pubdate][datetime]') ?? document.querySelector('time[datetime]')
  const dates = [meta.get(DATE_KEYS[0]), ld.datePublished, ...DATE_KEYS.slice(1).map((k) => meta.get(k)), timeTag?.getAttribute('datetime')]
  const statedDate = dates.map((d) => toIsoDay(d)).find((d) => d) ?? null
  const docTitle = document.querySelector('title')?.textContent?.trim() || null
  const author = [pick(AUTHOR_KEYS), ld.author].find((a) => a && !/^https?:/i.test(a)) ?? null
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta.get('og:url') ?? ld.url ?? null
  return {
    title: pick(TITLE_KEYS) ?? ld.headline,
    docTitle,
    author,
    statedDate,
    url: webLink(canonical, pageUrl) ?? webLink(pageUrl),
    siteName: pick(SITE_KEYS),
  }
}

// Lower-cased meta name / property / itemprop -> first non-empty content.
function metaMap(document: Document): Map<string, string> {
  const map = new Map<string, string>()
  for (const el of Array.from(document.querySelectorAll('meta, [itemprop]'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').trim().toLowerCase()
    // Microdata on ordinary elements (`<span itemprop="author">`) states it as text.
    const text = el.tagName.toLowerCase() === 'meta' ? '' : (el.textContent ?? '').slice(0, 200)
    const value = (el.getAttribute('content') ?? el.getAttribute('datetime') ?? text).trim()
    if (key && value && !map.has(key)) map.set(key, value)
  }
  return map
}
