// Load hook of record-loads.mjs (runs on the loader thread, which may serve
// several threads): each ES module of the project or its packages is given
// a last line that records its URL when it runs, in the file of the thread
// that runs it (the loader thread cannot tell which thread asked).
let out = ''

export function initialize(data) {
  out = data.out
}

export async function load(url, context, next) {
  const result = await next(url, context)
  if (!out || result.format !== 'module' || result.source == null || !url.startsWith('file:')) return result
  const source = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source)
  const record =
    `import { appendFileSync as __recordLoad } from 'node:fs'; import { isMainThread as __recordMain, threadId as __recordThread } from 'node:worker_threads';` +
    `__recordLoad(${JSON.stringify(out)} + (__recordMain ? '' : '.thread-' + __recordThread), ${JSON.stringify(`${url}\n`)});`
  // On the first line (after a hashbang), so that the line numbers of the module stay as they are.
  const hashbang = /^#![^\n]*\n/.exec(source)?.[0] ?? ''
  return { ...result, source: `${hashbang}${record}${source.slice(hashbang.length)}` }
}
