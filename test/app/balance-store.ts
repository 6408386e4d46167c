// Two short articles written for the balance tests (Peru and Chile): a
// protest in March 2024, a visit with talks in April 2024.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { ingestPaths } from '../../src/app/ingest.js'
import { openStore, type Store } from '../../src/store/index.js'

const BALANCE_TEXTS = {
  'protest.txt':
    'LIMA, 4 March 2024 - Peru lodged a formal protest with Chile on Monday over the arrest of two Peruvian fishermen near the maritime border, the Peruvian foreign ministry said.',
  'visit.txt':
    'SANTIAGO, 21 April 2024 - Peruvian President Rosa Quispe visited Santiago on Sunday, where she held talks with Chilean President Tomás Fuentes on trade and water management.',
}

/** A store holding the two articles, read by the real pipeline. */
export async function balanceStore(at: string): Promise<Store> {
  const texts = join(at, 'texts')
  mkdirSync(texts, { recursive: true })
  for (const [name, text] of Object.entries(BALANCE_TEXTS)) writeFileSync(join(texts, name), text)
  const s = await openStore(join(at, 'balance.db'))
  await ingestPaths(s, [texts])
  return s
}

/**
 * The balance store for the describe block that calls this: built before
 * its tests in a fresh folder, closed and removed after. Read it through the
 * returned function.
 */
export function useBalanceStore(prefix: string): () => Store {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  let store: Store | undefined
  beforeAll(async () => {
    store = await balanceStore(dir)
  }, 60_000)
  afterAll(async () => {
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return () => store!
}
