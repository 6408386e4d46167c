// The HTML brief from the command line, opened from disk in chromium with the
// network off: it must render completely and ask for nothing.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestPaths } from '../../src/app/ingest.js'
import { listConflicts } from '../../src/app/query/index.js'
import type { CliIo } from '../../src/cli/io.js'
import { reportCommand } from '../../src/cli/commands/report.js'
import { openStore } from '../../src/store/index.js'
import { CHROMIUM_SKIP, CORPUS, hasChromium, launchChromium, shotsDir, tempDir } from './harness.js'

function bufferIo(): CliIo & { stdout: string; stderr: string } {
  const io = { stdout: '', stderr: '', isTTY: false, exitCode: 0, out: (t: string) => void (io.stdout += t), err: (t: string) => void (io.stderr += t) }
  return io
}

describe('dyad report', () => {
  let tmp: ReturnType<typeof tempDir>
  let out: string
  let html: string
  let conflicts = 0

  beforeAll(async () => {
    tmp = tempDir('dyad-brief-')
    const db = join(tmp.dir, 'store.db')
    const store = await openStore(db)
    try {
      await ingestPaths(store, [CORPUS])
      conflicts = (await listConflicts(store.db, { pair: 'VN,CN', kind: 'conflict' })).length
    } finally {
      await store.close()
    }
    out = join(tmp.dir, 'brief.html')
    const io = bufferIo()
    await reportCommand(io).parseAsync(['--pair', 'VN,CN', '--out', out, '--db', db], { from: 'user' })
    expect(io.exitCode).toBe(0)
    expect(io.stdout).toContain('wrote')
    html = readFileSync(out, 'utf8')
  })

  afterAll(() => tmp?.remove())

  it('writes one self-contained HTML file', () => {
    expect(existsSync(out)).toBe(true)
    expect(html).not.toMatch(/<script|<link[^>]+stylesheet|@import|url\(\s*['"]?https?:/i)
    expect(html).toContain('<h1>Vietnam – China</h1>')
    // every conflict the pipeline flags is in the brief, explained
    expect((html.match(/class="badge conflict"/g) ?? []).length).toBe(conflicts)
  })

  it.skipIf(!hasChromium)(`opens offline in chromium without console errors or requests${hasChromium ? '' : ` (${CHROMIUM_SKIP})`}`, async () => {
    const context = await launchChromium(join(tmp.dir, 'profile'))
    try {
      await context.setOffline(true)
      const requested: string[] = []
      await context.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith('file:')) return route.continue()
        requested.push(url)
        return route.abort()
      })
      const page = context.pages()[0] ?? (await context.newPage())
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text())
      })
      page.on('pageerror', (e) => problems.push(e.message))
      await page.goto(pathToFileURL(out).href)
      expect(await page.locator('h1').textContent()).toBe('Vietnam – China')
      // it opens with where the relationship stands, then the national headline figures
      expect(await page.locator('h2').allTextContents()).toEqual(expect.arrayContaining(['Where the relationship stands', 'Headline figures']))
      expect((await page.locator('h2').allTextContents()).slice(0, 2)).toEqual(['Where the relationship stands', 'Headline figures'])
      expect(await page.locator('section', { hasText: 'Where the relationship stands' }).locator('p').first().textContent()).toMatch(/^Most recent high-level contacts: /)
      expect(await page.locator('svg.timeline').count()).toBeGreaterThan(0)
      expect(await page.locator('section', { hasText: 'Headline figures' }).locator('tbody tr').count()).toBeGreaterThan(0)
      expect(await page.locator('ol.sources li').count()).toBe(5)
      // each source: a title (or its lead in quotes), its outlet or "outlet not named", and its date
      for (const source of await page.locator('ol.sources li').allTextContents())
        expect(source).toMatch(/^(?:“[^”]+”|\p{Lu}[^(]+) \(\d{3}_[0-9a-f]+\.txt\)\. (?:VNS|VNA\/VNS|VNA\/VLLF|outlet not named), published \d/u)
      expect(await page.locator('.event blockquote').count()).toBeGreaterThan(0)
      const dir = shotsDir()
      await page.screenshot({ path: join(dir, 'brief-1280x800.png') })
      await page.setViewportSize({ width: 375, height: 812 })
      await page.screenshot({ path: join(dir, 'brief-375x812.png') })
      expect(problems).toEqual([])
      expect(requested).toEqual([])
    } finally {
      await context.close()
    }
  })
})
