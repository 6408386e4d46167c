// `node --import ./record-loads.mjs`: append the URL of every module the
// process runs to the file named by DYAD_LOADS_FILE, one a line (ES modules
// record themselves through a load hook; CommonJS packages through require
// are recorded by a require hook).
// Worker threads inherit the flag; what each loads goes to
// `<DYAD_LOADS_FILE>.thread-<id>`, so the main thread's list is its own and
// the files count the threads started.
import { appendFileSync } from 'node:fs'
import Module, { register } from 'node:module'
import workerThreads, { isMainThread, threadId } from 'node:worker_threads'

const out = process.env.DYAD_LOADS_FILE && (isMainThread ? process.env.DYAD_LOADS_FILE : `${process.env.DYAD_LOADS_FILE}.thread-${threadId}`)
if (out) {
  register('./record-loads-hooks.mjs', import.meta.url, { data: { out: process.env.DYAD_LOADS_FILE } })
  const load = Module._load
  Module._load = function (request, parent, isMain) {
    const exports = load.call(this, request, parent, isMain)
    try {
      appendFileSync(out, `${Module._resolveFilename(request, parent, isMain)}\n`)
    } catch {
      // A built-in without a file name.
    }
    return exports
  }
}
if (out && isMainThread) {
  // Threads started from source code (eval, see src/util/thread.ts) run no --import: register the hook first in them.
  const hooks = new URL('./record-loads-hooks.mjs', import.meta.url).href
  const Worker = workerThreads.Worker
  workerThreads.Worker = class extends Worker {
    constructor(code, options) {
      if (!options?.eval) {
        super(code, options)
        return
      }
      const first = `const { register } = await import('node:module'); register(${JSON.stringify(hooks)}, { data: { out: ${JSON.stringify(out)} } });`
      super(`(async () => { ${first} })().then(() => { ${code} })`, options)
    }
  }
  // ES modules' named imports of node:worker_threads see the class above.
  Module.syncBuiltinESMExports()
}
