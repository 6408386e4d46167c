import { readdir, readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { SourceDocument } from '../model/types.js'

/** Why one input could not be read; the rest of the work goes on. */
export interface IngestFailure {
  readonly source: string
  readonly reason: string
  readonly ruleId: string
}

export type IngestItem = { readonly ok: true; readonly doc: SourceDocument } | { readonly ok: false; readonly failure: IngestFailure }

/**
 * Read files and folders (recursively, in a stable order) into source
 * documents. Problems are yielded as failures naming the file and the reason;
 * they never stop the rest.
 */
export async function* readInputs(inputs: readonly string[]): AsyncGenerator<IngestItem> {
  for (const input of inputs) yield* readPath(resolve(input))
}

async function* readPath(path: string): AsyncGenerator<IngestItem> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    yield fail(path, `cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : String(error)}`, 'ingest:missing')
    return
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort()
    for (const name of names) yield* readPath(join(path, name))
    return
  }
  yield await readTextFile(path)
}

async function readTextFile(path: string): Promise<IngestItem> {
  const bytes = await readFile(path)
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') return fail(path, `${path}: the file is empty`, 'ingest:empty')
  if (bytes.includes(0)) return fail(path, `${path}: binary content (NUL bytes), not text`, 'ingest:binary')
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  return { ok: true, doc: { source: path, text, meta: {}, diagnostics: [] } }
}

function fail(source: string, reason: string, ruleId: string): IngestItem {
  return { ok: false, failure: { source, reason, ruleId } }
}
