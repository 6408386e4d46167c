/**
 * The dashboard's types, generated from the API's own OpenAPI document (the
 * zod schemas of the routes), so web/ never guesses a response's shape:
 * `npm run api-types` writes web/src/api/schema.d.ts, and a test fails when
 * the committed file no longer matches the API.
 */
import { createApp } from './app.js'
import { openStore } from '../app/store.js'

export const WEB_TYPES_FILE = 'web/src/api/schema.d.ts'

/** The TypeScript text of the API's paths and components (openapi-typescript). */
export async function webTypes(): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript')
  const store = await openStore(':memory:')
  try {
    const app = await createApp({ store })
    try {
      const doc = (await app.inject('/openapi.json')).json() as Record<string, unknown>
      // the version changes with every release and says nothing about shapes
      const info = { ...(doc.info as object), version: '0' }
      const ast = await openapiTS({ ...doc, info } as Parameters<typeof openapiTS>[0], { alphabetize: true })
      return `// Generated from the API's /openapi.json by \`npm run api-types\` (src/api/web-types.ts). Do not edit.\n${astToString(ast)}`
    } finally {
      await app.close()
    }
  } finally {
    await store.close()
  }
}
