// The dates an event table shows, checked against the records behind its rows.
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { readBack } from './read-back.js'

export interface ShownDate {
  shown: string
  href: string
}

/** The When cell and the event or cluster link of every row of the page's event tables. */
export function rowDates(page: Page): Promise<ShownDate[]> {
  return page
    .locator('.events-table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => ({ shown: tr.querySelector('td')!.textContent!.trim(), href: tr.querySelector('a[href*="/events/"], a[href*="/clusters/"]')!.getAttribute('href')! })))
}

/** Each shown date names exactly its record's interval (read back by the inverse of formatWhen), or says it is undated. */
export async function checkDates(rows: readonly ShownDate[], api: (path: string) => Promise<any>): Promise<void> {
  for (const { shown, href } of rows) {
    const [, kind, id] = /#\/(events|clusters)\/([^?]+)/.exec(href)!
    const record = await api(`${kind}/${id}`)
    const when = (kind === 'clusters' ? record.cluster.when : record.event.when) as { start: string; end: string } | null
    if (!when) expect(shown, href).toBe('undated')
    else expect(readBack(shown), `${href}: ${shown}`).toEqual([when.start, when.end])
  }
}
