import { api } from './client.js'
import type { Span } from './types.js'

const texts = new Map<string, Promise<{ text: string; title: string | null; source: string }>>()

/** A document's text and label, fetched once. */
export function docText(doc: string): Promise<{ text: string; title: string | null; source: string }> {
  let p = texts.get(doc)
  if (!p) {
    p = api('/api/documents/{id}', { id: doc }).then(({ document: d }) => ({ text: d.text, title: d.title, source: d.source }))
    texts.set(doc, p)
  }
  return p
}

/** The evidence sentence of a record, clipped to a readable length. */
export async function evidenceText(doc: string, span: Span | null): Promise<string | null> {
  if (!span) return null
  try {
    const { text } = await docText(doc)
    const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()
    return s.length > 600 ? `${s.slice(0, 600)}…` : s
  } catch {
    return null
  }
}
