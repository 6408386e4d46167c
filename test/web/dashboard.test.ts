// The dashboard end to end: the seed corpus ingested into a fresh store, the
// API serving web/dist, Debian's chromium driving the pages an analyst uses.
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkDates, rowDates } from './shown-dates.js'
import { CHROMIUM_SKIP, ensureWebBuilt, hasChromium, launchChromium, serveCorpus, shotsDir, tempDir, type Served } from './harness.js'

if (!hasChromium) console.warn(CHROMIUM_SKIP)

describe.skipIf(!hasChromium)('dashboard in chromium', () => {
  let tmp: ReturnType<typeof tempDir>
  let server: Served
  let context: BrowserContext
  let page: Page
  const problems: string[] = []

  /** Screenshots of the current page at desktop and phone width. */
  async function shoot(name: string): Promise<void> {
    const dir = shotsDir()
    await page.screenshot({ path: join(dir, `${name}-1280x800.png`) })
    await page.setViewportSize({ width: 375, height: 812 })
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(dir, `${name}-375x812.png`) })
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.waitForTimeout(200)
  }

  const api = async (path: string): Promise<any> => (await fetch(`${server.address}/api/${path}`)).json()

  beforeAll(async () => {
    ensureWebBuilt()
    tmp = tempDir('dyad-web-')
    server = await serveCorpus(join(tmp.dir, 'store.db'))
    context = await launchChromium(join(tmp.dir, 'profile'))
    page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`))
  })

  afterAll(async () => {
    await context?.close()
    await server?.close()
    tmp?.remove()
  })

  it('shows the pair overview: counts, headline figures, a zoomable timeline, latest events', async () => {
    await page.goto(`${server.address}/#/?pair=VN,CN`)
    await page.locator('.counts').waitFor()
    expect(await page.locator('h1').textContent()).toMatch(/Vietnam|China/)
    const documents = await page.locator('.counts li', { hasText: 'Documents' }).locator('.count-n').textContent()
    expect(Number(documents)).toBe(5)
    // opens with where the relationship stands, then national figures written as sentences with their source
    expect(await page.locator('.rel-summary p').first().textContent()).toMatch(/^Most recent high-level contacts: Tô Lâm's visit to China \(Aug 2024\)/)
    expect(await page.locator('.rel-summary ol.sources li').first().textContent()).toMatch(/VNA\/VNS, 10 Dec 2023$/)
    const headline = await page.locator('.headline-sentences li').allTextContents()
    expect(headline[0]).toMatch(/^▲ Trade between Vietnam and China was US\$148\.6 billion in Jan–Sep 2024/)
    expect(headline.join(' ')).not.toMatch(/Chongqing|Yunnan/)
    // the 14 meetings since 2006 are a count under the timeline, and the timeline opens where the events are
    expect(await page.locator('.tallies').textContent()).toContain('14 meetings')
    expect(await page.getByRole('button', { name: 'Where the events are' }).getAttribute('aria-pressed')).toBe('true')
    await page.locator('.timeline canvas').first().waitFor()
    await page.getByRole('button', { name: '2 years' }).click()
    expect(await page.getByRole('button', { name: '2 years' }).getAttribute('aria-pressed')).toBe('true')
    expect(await page.locator('.events-table tbody tr').count()).toBeGreaterThan(0)
    // one sentence stating two latest events (a visit and the summit on it) is quoted once, the second row points up to it
    const quotes = await page.locator('.events-table .row-quote:not(.muted)').allTextContents()
    expect(new Set(quotes).size).toBe(quotes.length)
    expect(await page.locator('.events-table .row-quote.muted').count()).toBeGreaterThan(0)
    await shoot('overview')
    // a latest event is a real event: its page lists every report of it
    await page.locator('.events-table tbody tr').first().getByRole('link', { name: 'Details' }).click()
    await page.waitForURL(/#\/clusters\//)
    await page.locator('.mention blockquote').first().waitFor()
  })

  it('reads the pair in the address as the API does: vn-cn and Vietnam,China are the seed pair', async () => {
    const stored = ((await api('stats')).pairs[0].pair as string[]).map((k) => k.replace('country:', '')).join(',')
    for (const asked of ['vn-cn', 'Vietnam,China']) {
      await page.goto(`${server.address}/#/?pair=${asked}`)
      await page.locator('.counts').waitFor()
      expect(await page.locator('header select').inputValue(), asked).toBe(stored)
      expect(await page.locator('.counts li', { hasText: 'Documents' }).locator('.count-n').textContent(), asked).toBe('5')
      expect(await page.locator('h1').textContent(), asked).toMatch(/^(?:Vietnam – China|China – Vietnam)$/)
    }
  })

  it('shows every date at the extent its record holds: each row of the Events page and of the latest events', async () => {
    // One row per stored mention of the pair, as the API lists them (the seed holds a few dozen).
    const stored = ((await api('events?pair=VN,CN&limit=500')).items as unknown[]).length
    expect(stored).toBeGreaterThan(40)
    await page.goto(`${server.address}/#/events?pair=VN,CN`)
    await expect.poll(() => page.locator('.events-table tbody tr').count()).toBe(stored)
    const mentions = await rowDates(page)
    await checkDates(mentions, api)
    // ranges and spans, not only days: the seed holds a year, a month range and a cluster over four days
    expect(mentions.map((r) => r.shown)).toEqual(expect.arrayContaining(['2021', '2020–2022', '30 Oct – 2 Nov 2022', '5–8 Nov 2024']))
    await page.goto(`${server.address}/#/?pair=VN,CN`)
    await page.locator('.events-table tbody tr').first().waitFor()
    await checkDates(await rowDates(page), api)
  })

  it('is keyboard navigable: the first Tab reaches the skip link, links are real links', async () => {
    await page.goto('about:blank')
    await page.goto(`${server.address}/#/?pair=VN,CN`)
    await page.locator('.counts').waitFor()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A')
  })

  it('filters events by type and text, with the filters in the URL', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Events' }).click()
    await page.locator('.result-count').waitFor()
    const all = await page.locator('.events-table tbody tr').count()
    expect(all).toBeGreaterThan(0)
    await page.selectOption('select[name=type]', 'visit')
    await page.waitForURL(/type=visit/)
    await page.locator('.result-count', { hasText: 'match the filters' }).waitFor()
    const rows = page.locator('.events-table tbody tr')
    const n = await rows.count()
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(all)
    for (const t of await rows.locator('.type-badge').allTextContents()) expect(t).toBe('Visit')
    await shoot('events-filtered')
    await page.fill('input[name=q]', 'China')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/q=China/)
    await page.locator('.result-count').waitFor()
  })

  it('shows cooperation and conflict apart: quad colours with a legend, a side filter, the monthly balance', async () => {
    const months = (await api('balance?pair=VN,CN')).months as { month: string; cooperation: number; conflict: number }[]
    expect(months.length).toBeGreaterThan(0)
    await page.goto(`${server.address}/#/?pair=VN,CN`)
    await page.locator('#h-balance').waitFor()
    await page.locator('.balance canvas').first().waitFor()
    const cells = await page.locator('.balance-table tbody tr td:first-child').allTextContents()
    expect(cells).toEqual(months.map((m) => m.month))
    // the chart opens where the events are, as the timeline does: the 1950 milestone and the 2006 meetings
    // are named under it, not drawn as seventy years of empty axis
    const focus = (await api('summary?pair=VN,CN')).focus as { from: string }
    const chart = page.locator('.balance .chart')
    const opening = /per month, (\d{4}-\d{2}) to (\d{4}-\d{2});/.exec((await chart.getAttribute('aria-label'))!)!
    expect(opening[1]! >= '2017-01' && opening[1]! <= focus.from.slice(0, 7)).toBe(true)
    expect(opening[2]).toBe(months.at(-1)!.month)
    const before = months.filter((m) => m.month < opening[1]!)
    const note = (await page.locator('.balance-note').textContent())!
    expect(note).toContain(`${before.reduce((n, m) => n + m.cooperation + m.conflict, 0)} earlier events (from ${before[0]!.month.slice(0, 4)})`)
    await page.locator('.balance-note').getByRole('button', { name: 'show all' }).click()
    await expect.poll(() => chart.getAttribute('aria-label')).toContain(`per month, ${months[0]!.month} to `)
    expect(await page.locator('.balance-note').count()).toBe(0)
    expect(await page.locator('.timeline .quad-legend').textContent()).toContain('Material conflict')
    for (const side of ['conflict', 'cooperation'] as const) {
      const expected = (await api(`events?pair=VN,CN&side=${side}&limit=500`)).items.length
      await page.goto(`${server.address}/#/events?pair=VN,CN&side=${side}`)
      await page.locator('.result-count').waitFor()
      expect(await page.locator('select[name=side]').inputValue()).toBe(side)
      const rows = page.locator('.events-table tbody tr')
      // The route changes only the hash: the previous side's rows may still be on the page for a moment.
      await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(expected)
      const classes = await rows.evaluateAll((trs) => trs.map((tr) => tr.className))
      for (const c of classes) expect(c).toMatch(side === 'conflict' ? /row-(verbal|material)_conflict/ : /row-(verbal|material)_cooperation/)
    }
    await shoot('events-cooperation')
  })

  it('opens an event with its mentions across documents, then follows one into the reader', async () => {
    // the visit reported by the most documents
    const visits = await api('events?pair=VN,CN&type=visit&limit=500')
    const best = [...visits.items].sort((a: any, b: any) => (b.cluster?.documents ?? 0) - (a.cluster?.documents ?? 0))[0]
    expect(best).toBeDefined()
    await page.goto(`${server.address}/#/events/${best.id}?pair=VN,CN`)
    await page.locator('#h-mentions').waitFor()
    const mentions = page.locator('.mention')
    expect(await mentions.count()).toBe(best.cluster?.mentions ?? 1)
    const quote = (await mentions.first().locator('blockquote').textContent())!.trim()
    expect(quote.length).toBeGreaterThan(10)
    await shoot('event')

    await mentions.first().getByRole('link', { name: 'Open in document reader' }).click()
    await page.waitForURL(/#\/documents\/.+focus=/)
    const focus = page.locator('.doc-text mark.focus')
    await focus.first().waitFor()
    const highlighted = (await focus.allTextContents()).join('').replace(/\s+/g, ' ').trim()
    expect(quote.replace(/\s+/g, ' ')).toContain(highlighted.slice(0, 40))
    expect(await page.locator('.record-card').count()).toBeGreaterThan(0)
    expect(await page.locator('.legend-item').count()).toBeGreaterThan(1)
    expect(await page.locator('.doc-text mark.k-entity').count()).toBeGreaterThan(0)
    // the reader's head: outlet (or "outlet not named"), publication date, source
    expect(await page.locator('.page-head .lede').textContent()).toMatch(
      /^(?:VNS|VNA\/VNS|VNA\/VLLF|outlet not named) · Published \d.* · vietnam-china\/\d{3}_/,
    )
    await shoot('document-reader')
  })

  it('shows a chart per indicator, each figure linked to its sentence, conflicts marked', async () => {
    await page.goto(`${server.address}/#/indicators?pair=VN,CN`)
    await page.locator('.indicator-block').first().waitFor()
    expect(await page.locator('.indicator-block').count()).toBeGreaterThan(1)
    expect(await page.locator('.indicator-block canvas').count()).toBeGreaterThan(0)
    expect(await page.getByRole('link', { name: 'Source sentence' }).count()).toBeGreaterThan(0)
    const conflicts = await api('conflicts?pair=VN,CN&kind=conflict')
    // the seed holds one real conflict (2021 trade: over $230 billion against $165.8 billion), and the page marks that one
    expect(conflicts.items.length).toBe(1)
    if (conflicts.items.length > 0) {
      await page.locator('.conflicts-summary .badge.conflict').first().waitFor()
      expect(await page.locator('.conflicts-summary .badge.conflict').count()).toBe(1)
      expect(await page.locator('tr.in-conflict').count()).toBeGreaterThanOrEqual(2)
    }
    // rank 1 in ASEAN and rank 6 in the world are two rankings, each named by its scope
    const legend = (await page.locator('.indicator-block', { hasText: 'Trade partner rank' }).locator('tbody td:nth-child(3)').allTextContents()).join('|')
    expect(legend).toContain('Vietnam → China (ASEAN)')
    expect(legend).toContain('Vietnam → China (overall)')
    expect(legend).not.toMatch(/China(?:\||$)/)
    // a value then its period reads as a phrase: 'as of 31 Oct 2024', 'for 2021', never 'for as of'
    const claims = (await page.locator('.claims li').allTextContents()).join('\n')
    expect(claims).toMatch(/ as of \d+ \w+ \d{4}, according to/)
    expect(claims).not.toContain('for as of')
    // figures written as the CLI, the brief and the summary write them
    expect(claims).toContain('US$165.8 billion for 2021, according to General Department of Vietnam Customs')
    expect(claims).toContain('over US$230 billion for 2021, according to an unnamed source')
    expect(claims).not.toMatch(/\$[\d.]+ bn\b/)
    await shoot('indicators')
  })

  it('shows an entity page with aliases, roles and events', async () => {
    await page.goto(`${server.address}/#/entities?pair=VN,CN`)
    await page.locator('.entity-list a').first().waitFor()
    await shoot('entities')
    const people = await api('entities?type=person&limit=500')
    const person = [...people.items].sort((a: any, b: any) => b.documents - a.documents)[0]
    await page.goto(`${server.address}/#/entities/${encodeURIComponent(person.id)}?pair=VN,CN`)
    await page.locator('#h-roles').waitFor()
    expect(await page.locator('h1').textContent()).toBe(person.name)
    await shoot('entity')
    // Xi Jinping is stated 'President', 'Chinese president', 'President of China', 'General Secretary', 'Party General
    // Secretary' and the long forms of the CPC office, with and without its acronym: one row per office
    await page.goto(`${server.address}/#/entities/${encodeURIComponent('person:xi jinping')}?pair=VN,CN`)
    // the route changes only the hash: the previous person's page stays until this one loads
    await expect.poll(() => page.locator('h1').textContent()).toBe('Xi Jinping')
    await page.locator('ol.roles li').first().waitFor()
    const titles = (await page.locator('ol.roles .role-title').allTextContents()).map((t) => t.split(' · ')[0])
    expect(titles.sort()).toEqual(['General Secretary of the Communist Party of China (CPC) Central Committee', 'President of China'])
    // each row dated at the extent of its records: the 2015 statement is a year, the others days
    expect(await page.locator('ol.roles .role-when').allTextContents()).toContain('2015 to 30 Oct – 2 Nov 2022')
  })

  it('lists documents and searches', async () => {
    await page.goto(`${server.address}/#/documents?pair=VN,CN`)
    await page.locator('table.data tbody tr').first().waitFor()
    expect(await page.locator('table.data tbody tr').count()).toBe(5)
    // an inferred publication date is shown as the interval it lies in, not its first day
    const published = await page.locator('table.data tbody tr td:first-child').allTextContents()
    expect(
      published.filter((t) => /(inferred)/.test(t)).every((t) => /^(?:\d+ \w{3} \d{4}|\d+–\d+ \w{3} \d{4}|\d+ \w{3} – \d+ \w{3} \d{4}) \(inferred\)$/.test(t)),
    ).toBe(true)
    expect(published).toContain('23–30 Oct 2022 (inferred)')
    // every document is named by its title or the first words of its lead, not its file name
    const names = await page.locator('table.data tbody tr td:nth-child(2)').allTextContents()
    expect(names.filter((n) => /\.txt$/.test(n))).toEqual([])
    expect(names.filter((n) => n.startsWith('“')).length).toBeGreaterThan(0)
    // and by its outlet: the publisher the text credits, or a plain "not named" (never an empty cell)
    const outlets = (await page.locator('table.data tbody tr td:nth-child(3)').allTextContents()).map((t) => t.trim())
    expect(outlets).toEqual(expect.arrayContaining(['VNS', 'VNA/VNS', 'VNA/VLLF']))
    expect(outlets.every((o) => o.length > 0)).toBe(true)
    await shoot('documents')
    await page.fill('#global-q', 'visit')
    await page.press('#global-q', 'Enter')
    await page.waitForURL(/#\/search\?q=visit/)
    await page.locator('.hit').first().waitFor()
    await shoot('search')
  })

  it('logged no console errors, page errors or failed requests', () => {
    expect(problems).toEqual([])
  })
})
