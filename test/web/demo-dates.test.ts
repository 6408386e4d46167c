// The demo (examples/) in chromium: every date its overview and Events page
// show is the extent its record holds, as for the seed (dashboard.test.ts).
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_SKIP, ROOT, ensureWebBuilt, hasChromium, launchChromium, serveCorpus, tempDir, type Served } from './harness.js'
import { checkDates, rowDates } from './shown-dates.js'

if (!hasChromium) console.warn(CHROMIUM_SKIP)

describe.skipIf(!hasChromium)('the demo in chromium', () => {
  let tmp: ReturnType<typeof tempDir>
  let server: Served
  let context: BrowserContext
  let page: Page
  const api = async (path: string): Promise<any> => (await fetch(`${server.address}/api/${path}`)).json()

  beforeAll(async () => {
    ensureWebBuilt()
    tmp = tempDir('dyad-demo-web-')
    server = await serveCorpus(join(tmp.dir, 'store.db'), join(ROOT, 'examples'))
    context = await launchChromium(join(tmp.dir, 'profile'))
    page = context.pages()[0] ?? (await context.newPage())
  })
  afterAll(async () => {
    await context?.close()
    await server?.close()
    tmp?.remove()
  })

  it('shows every date at the extent its record holds', async () => {
    const total = (await api('events?pair=JP,AU&limit=500')).items.length
    await page.goto(`${server.address}/#/events?pair=JP,AU`)
    await expect.poll(() => page.locator('.events-table tbody tr').count()).toBe(total)
    const mentions = await rowDates(page)
    await checkDates(mentions, api)
    // the demo's own extents: a week of inferred dating, a month, a year
    expect(mentions.map((r) => r.shown)).toEqual(expect.arrayContaining(['6–13 Jan 2022', 'Apr 2024', '2023']))
    await page.goto(`${server.address}/#/?pair=JP,AU`)
    await page.locator('.events-table tbody tr').first().waitFor()
    await checkDates(await rowDates(page), api)
  })
})
