import { createHash } from 'node:crypto'

/** SHA-256 of the text, hex. The content hash of a document. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** A document id: stable, derived from the content hash. */
export function documentId(hash: string): string {
  return `d${hash.slice(0, 16)}`
}

/** A record id: document id + kind + span, so re-running gives the same ids. */
export function recordId(doc: string, kind: string, span: { start: number; end: number }, extra = ''): string {
  const digest = createHash('sha1').update(`${doc}|${kind}|${span.start}|${span.end}|${extra}`).digest('hex')
  return `${kind[0]}${digest.slice(0, 12)}`
}
