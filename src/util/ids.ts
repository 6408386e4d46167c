import * as crypto from 'node:crypto'

// Node's one-shot hash (20.12 and later) skips the Hash object createHash
// builds per call: ids are hashed tens of thousands of times per long text.
// The same digest either way; older Node falls back to createHash.
const oneShot: ((algorithm: string, data: string, encoding: 'hex') => string) | undefined = typeof crypto.hash === 'function' ? crypto.hash : undefined

function hex(algorithm: 'sha1' | 'sha256', data: string): string {
  return oneShot ? oneShot(algorithm, data, 'hex') : crypto.createHash(algorithm).update(data, 'utf8').digest('hex')
}

/** SHA-256 of the text, hex. The content hash of a document. */
export function contentHash(text: string): string {
  return hex('sha256', text)
}

/** A document id: stable, derived from the content hash. */
export function documentId(hash: string): string {
  return `d${hash.slice(0, 16)}`
}

/** A record id: document id + kind + span, so re-running gives the same ids. */
export function recordId(doc: string, kind: string, span: { start: number; end: number }, extra = ''): string {
  const digest = hex('sha1', `${doc}|${kind}|${span.start}|${span.end}|${extra}`)
  return `${kind[0]}${digest.slice(0, 12)}`
}
