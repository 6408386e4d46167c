// Write the dashboard's API types (web/src/api/schema.d.ts) from the API's OpenAPI document.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { WEB_TYPES_FILE, webTypes } from '../src/api/web-types.js'

const out = join(import.meta.dirname, '..', WEB_TYPES_FILE)
writeFileSync(out, await webTypes())
console.log(`wrote ${out}`)
