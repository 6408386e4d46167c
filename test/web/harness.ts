// Shared set-up for the browser tests: a fresh store holding the seed corpus,
// the API serving the built dashboard, and a headless Debian chromium.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const CHROMIUM = '/usr/bin/chromium'
export const CORPUS = join(import.meta.dirname, '../../../shared/corpus/vietnam-china')
export const WEB_DIST = join(ROOT, 'web/dist')
export const SHOTS = join(ROOT, 'test-artifacts/screenshots')

export const hasChromium = existsSync(CHROMIUM)
export const CHROMIUM_SKIP = `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium)`

/** The flags the project runs chromium with: headless, offline-friendly, nothing phoning home. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Build web/dist unless it is already there. */
export function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return
  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', 'web', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export function shotsDir(): string {
  mkdirSync(SHOTS, { recursive: true })
  return SHOTS
}

export interface Served {
  address: string
  close: () => Promise<void>
}

/** Ingest the seed corpus (or nothing) into a new SQLite store and serve it with the dashboard on a free port. */
export async function serveCorpus(dbFile: string, corpus: string | null = CORPUS): Promise<Served> {
  const { openStore } = await import('../../src/store/index.js')
  const { ingestPaths } = await import('../../src/app/ingest.js')
  const store = await openStore(dbFile)
  try {
    if (corpus) await ingestPaths(store, [corpus])
  } finally {
    await store.close()
  }
  const { startServer } = await import('../../src/api/server.js')
  const server = await startServer({ db: dbFile, port: 0, host: '127.0.0.1', webRoot: WEB_DIST, token: null, print: () => {} })
  return { address: server.address, close: () => server.close() }
}

/** Launch chromium through playwright-core with a throwaway profile. */
export async function launchChromium(profileDir: string, extraArgs: string[] = []) {
  const { chromium } = await import('playwright-core')
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    viewport: { width: 1280, height: 800 },
  })
}
