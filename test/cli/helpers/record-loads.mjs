// `node --import ./record-loads.mjs`: append the URL of every module the
// process loads to the file named by DYAD_LOADS_FILE, one a line (ESM load
// hook; CommonJS packages through require are recorded by a require hook).
import { appendFileSync } from 'node:fs'
import Module, { register } from 'node:module'

const out = process.env.DYAD_LOADS_FILE
if (out) {
  register('./record-loads-hooks.mjs', import.meta.url, { data: { out } })
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
