// The store backends tests run against: SQLite always, PostgreSQL when
// DYAD_TEST_PG names a server (each test gets a fresh database there).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openStore, type Store } from '../../../src/store/index.js'

export interface StoreTarget {
  readonly name: 'sqlite' | 'postgres'
  /** Null when the backend is not available here, with the reason in `skip`. */
  readonly skip: string | null
  /** A fresh, empty store location and how to remove it. */
  fresh(): Promise<{ url: string; cleanup(): Promise<void> }>
}

const PG = process.env.DYAD_TEST_PG

export const sqliteTarget: StoreTarget = {
  name: 'sqlite',
  skip: null,
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'))
    return { url: join(dir, 'test.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
  },
}

export const postgresTarget: StoreTarget = {
  name: 'postgres',
  skip: PG ? null : 'PostgreSQL tests skipped: set DYAD_TEST_PG=postgres://user@host:port/db (.ci/run does)',
  async fresh() {
    const name = `dyad_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
    const admin = new pg.Client({ connectionString: PG })
    await admin.connect()
    await admin.query(`create database ${name}`)
    await admin.end()
    const url = new URL(PG!)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      async cleanup() {
        const c = new pg.Client({ connectionString: PG })
        await c.connect()
        await c.query(`drop database if exists ${name} with (force)`)
        await c.end()
      },
    }
  },
}

/** Both backends: tests loop over them and run the same assertions. */
export const STORE_TARGETS: readonly StoreTarget[] = [sqliteTarget, postgresTarget]

if (!PG) console.warn(postgresTarget.skip)

/** Stores opened on `target` as a test asks for them, each closed and removed by `closeAll` (call it in afterAll). */
export function freshStores(target: StoreTarget): { fresh(): Promise<Store>; closeAll(): Promise<void> } {
  const cleanups: (() => Promise<void>)[] = []
  return {
    async fresh() {
      const where = await target.fresh()
      const store = await openStore(where.url)
      cleanups.push(async () => {
        await store.close()
        await where.cleanup()
      })
      return store
    },
    async closeAll() {
      for (const c of cleanups.splice(0)) await c()
    },
  }
}
