import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { readInputs } from '../../src/ingest/read.js'
import type { IngestItem, IngestOptions } from '../../src/ingest/read.js'
import type { SourceDocument } from '../../src/model/types.js'

export const FIXTURES = resolve('test/fixtures/ingest')

/** Every item readInputs yields, in order. */
export async function collect(inputs: readonly string[], options?: IngestOptions): Promise<IngestItem[]> {
  const items: IngestItem[] = []
  for await (const item of readInputs(inputs, options)) items.push(item)
  return items
}

export function docs(items: readonly IngestItem[]): SourceDocument[] {
  return items.flatMap((i) => (i.ok ? [i.doc] : []))
}

export function failures(items: readonly IngestItem[]): { source: string; reason: string; ruleId: string }[] {
  return items.flatMap((i) => (i.ok ? [] : [i.failure]))
}

/** A fresh temporary folder and a function that removes it. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dyad-ingest-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** An English paragraph of our own, long enough for language detection. */
export const ENGLISH =
  'The foreign ministers of Morocco and Senegal met in Rabat on Thursday and agreed to expand direct flights, ' +
  'simplify visas for students and traders, and hold a joint business forum in Dakar before the end of the year.'
