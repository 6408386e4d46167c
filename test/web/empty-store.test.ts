// A new installation: the dashboard over an empty store says so on every
// page instead of failing, and logs no errors.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_SKIP, ensureWebBuilt, hasChromium, launchChromium, serveCorpus, tempDir, type Served } from './harness.js'

if (!hasChromium) console.warn(CHROMIUM_SKIP)

describe.skipIf(!hasChromium)('dashboard over an empty store', () => {
  let tmp: ReturnType<typeof tempDir>
  let server: Served

  beforeAll(async () => {
    ensureWebBuilt()
    tmp = tempDir('dyad-web-empty-')
    server = await serveCorpus(join(tmp.dir, 'empty.db'), null)
  })

  afterAll(async () => {
    await server?.close()
    tmp?.remove()
  })

  it('renders every section with an explanation and no console errors', async () => {
    const context = await launchChromium(join(tmp.dir, 'profile'))
    try {
      const page = context.pages()[0] ?? (await context.newPage())
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text())
      })
      page.on('pageerror', (e) => problems.push(e.message))
      const expectations: [string, string][] = [
        ['', 'No dated events yet'],
        ['events', 'No events match'],
        ['indicators', 'No figures extracted yet'],
        ['entities', 'No entities yet'],
        ['documents', 'No documents yet'],
        ['events/e-missing', 'Not found'],
      ]
      for (const [route, text] of expectations) {
        await page.goto(`${server.address}/#/${route}`)
        await page.getByText(text).first().waitFor()
      }
      // the 404 of the missing event is expected; nothing else may fail
      expect(problems.filter((p) => !p.includes('404'))).toEqual([])
    } finally {
      await context.close()
    }
  })
})
