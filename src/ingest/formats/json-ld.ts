/** The article fields JSON-LD blocks state, when they state them. */
export interface JsonLdArticle {
  readonly headline: string | null
  readonly author: string | null
  readonly datePublished: string | null
  readonly url: string | null
}

const ARTICLE = /(Article|Posting|Report|WebPage)$/

/**
 * Read `application/ld+json` blocks and take the first article-like object's
 * headline, author, datePublished and url (objects inside arrays and `@graph`
 * included). Broken JSON is ignored: it is the page's problem, not ours.
 */
export function jsonLdArticle(document: Document): JsonLdArticle {
  const found: Record<string, unknown>[] = []
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''), found)
    } catch {
      // A malformed block says nothing.
    }
  }
  const typed = (o: Record<string, unknown>): boolean => [o['@type']].flat().some((t) => typeof t === 'string' && ARTICLE.test(t))
  const best = found.find((o) => typed(o) && o.datePublished) ?? found.find(typed) ?? found.find((o) => o.datePublished) ?? {}
  return { headline: str(best.headline ?? best.name), author: personName(best.author), datePublished: str(best.datePublished), url: str(best.url) }
}

// Flatten nested arrays and @graph without recursion depth limits mattering
// (JSON-LD blocks are shallow, but a hostile page should not blow the stack).
function collect(value: unknown, out: Record<string, unknown>[]): void {
  const stack: unknown[] = [value]
  while (stack.length > 0 && out.length < 200) {
    const v = stack.pop()
    if (Array.isArray(v)) stack.push(...[...v].reverse())
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>
      out.push(o)
      if (Array.isArray(o['@graph'])) stack.push(...[...o['@graph']].reverse())
    }
  }
}

function personName(author: unknown): string | null {
  const list = [author].flat()
  const names = list
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Record<string, unknown>).name) : null))
    .filter((n): n is string => !!n)
  return names.length > 0 ? names.join(', ') : null
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null
}
