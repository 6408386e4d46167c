import { parseHTML } from 'linkedom'
import { blockText } from './block-text.js'

/**
 * Text of an HTML fragment (a feed item's content or description): tags
 * dropped, entities decoded, one blank line between paragraphs. Text without
 * markup passes through with its whitespace tidied.
 */
export function stripHtml(fragment: string): string {
  if (!/[<&]/.test(fragment))
    return fragment
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n')
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${fragment}</body></html>`)
  return blockText(document.body as never)
}
