import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import type { Diagnostic } from '../../model/types.js'
import { fail, ok } from '../result.js'
import type { IngestItem } from '../result.js'
import { blockText, isBoilerplate, treeShape } from './block-text.js'
import type { FormatInput } from './format.js'
import { limitDepth } from './html-depth.js'
import { pageMeta } from './html-meta.js'

// Readability's cost grows with nesting depth times size (a 1000-deep page
// takes seconds, 5000 overflows the stack); real article pages stay far below.
const MAX_DEPTH = 200
// Tags nested deeper than this are dropped (their text kept) before parsing:
// linkedom itself is quadratic in depth.
const PARSE_DEPTH = 1000
// Beyond this many elements the page falls back to its body text instead of
// Readability scoring it for seconds. (Readability's own maxElemsToParse
// counts with getElementsByTagName('*'), which linkedom answers with 0.)
const MAX_ELEMENTS = 30_000
// Chrome around the article when Readability cannot be used.
const FALLBACK_SKIP = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu'])

/**
 * A saved or fetched HTML page: the main text by Readability (over linkedom),
 * one blank line between paragraphs; title, author, stated date and canonical
 * URL from the head. A page without an article is a failure with a reason;
 * a page too deeply nested for Readability falls back to the body's text
 * (without navigation) with a warning.
 */
export function readHtml(input: FormatInput): IngestItem[] {
  const scan = limitDepth(input.text, PARSE_DEPTH)
  const diagnostics: Diagnostic[] = [...input.diagnostics]
  if (scan.depth > PARSE_DEPTH) {
    diagnostics.push({
      reason: `HTML page nested ${scan.depth} levels deep by its tags (over ${PARSE_DEPTH}); tags below level ${PARSE_DEPTH} dropped before parsing, their text kept`,
      ruleId: 'ingest:html-flattened',
      severity: 'warning',
    })
  }
  const document = parsePage(scan.html)
  const doc = document as unknown as Document
  const meta = pageMeta(doc, input.url)
  const shape = treeShape(document as never)
  const tooBig =
    shape.depth > MAX_DEPTH
      ? `nested ${shape.depth} levels deep (over ${MAX_DEPTH})`
      : shape.elements > MAX_ELEMENTS
        ? `${shape.elements} elements (over ${MAX_ELEMENTS})`
        : null
  let text: string
  let title = meta.title
  let byline: string | null = null
  if (tooBig) {
    diagnostics.push({ reason: `HTML page ${tooBig}; read the body text without article detection`, ruleId: 'ingest:html-fallback', severity: 'warning' })
    text = fallbackText(doc)
    title = title ?? meta.docTitle
  } else {
    dropWidgets(doc)
    const article = parseArticle(doc)
    if (article && 'error' in article) {
      diagnostics.push({
        reason: `article detection failed on this markup (${article.error}); read the body text instead`,
        ruleId: 'ingest:html-fallback',
        severity: 'warning',
      })
      // Readability may have half-dismantled the document before throwing.
      text = fallbackText(parsePage(scan.html) as unknown as Document)
      title = title ?? meta.docTitle
    } else {
      text = article?.content ?? ''
      // Readability trims the site name off <title> ("Story | Site").
      title = title ?? (article?.title || meta.docTitle)
      byline = article?.byline ?? null
    }
  }
  if (text.length < input.options.minArticleChars) {
    const found = text.trim() ? `only ${text.length} characters of article text` : 'no article text'
    return [fail(input.source, `${input.source}: HTML page with ${found} (need ${input.options.minArticleChars}; option minArticleChars)`, 'ingest:no-article')]
  }
  const author = meta.author ?? cleanByline(byline)
  return [
    ok({
      source: input.source,
      text,
      meta: { title, url: meta.url, author, statedDate: meta.statedDate, ...(meta.siteName ? { siteName: meta.siteName } : {}) },
      diagnostics,
    }),
  ]
}

// linkedom leaves documentElement null (or some other element) for markup
// without an <html> root (a bare fragment or stray text), and its head/body
// getters then throw: wrap it.
function parsePage(html: string): ReturnType<typeof parseHTML>['document'] {
  const { document } = parseHTML(html)
  if (document.documentElement?.nodeName.toLowerCase() === 'html') return document
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document
}

// Readability keeps short ad and sharing widgets inside article bodies and
// strips their classes, so they are removed beforehand; only short ones, so a
// misnamed wrapper of the article itself survives.
function dropWidgets(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('[class], [id]'))) {
    if ((el.textContent ?? '').length < 300 && isBoilerplate(el as never)) el.remove()
  }
}

type Article = { content: string | null | undefined; title?: string | null; byline?: string | null }

// Readability over a DOM it was not written for can throw on odd markup;
// that is a problem of this page, so it becomes a diagnostic and a fallback.
function parseArticle(document: Document): Article | null | { error: string } {
  try {
    return new Readability<string>(document, { serializer: (node) => blockText(node as never) }).parse()
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}

function fallbackText(document: Document): string {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body ?? document.documentElement
  return root ? blockText(root as never, FALLBACK_SKIP) : ''
}

function cleanByline(byline: string | null): string | null {
  const text = byline?.replace(/^\s*by\s+/i, '').trim()
  return text ? text : null
}
