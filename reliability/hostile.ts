// Issue 20's probe, kept as scenarios: hostile input and unlucky operators.
// Each scenario runs the real CLI (or server) in its own process on
// loopback and reports one line with the figure it reaches.
// DYAD_RELIABILITY_HOSTILE=links,migration re-runs only the named ones.
import Database from 'better-sqlite3'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { runCli, startCli, startScript } from './cli.js'
import { documentText } from './corpus.js'
import type { FaultResult } from './faults.js'

/** One scenario: an id to re-run it by, and the run in its own folder. */
export interface HostileScenario {
  readonly id: string
  run(dir: string): Promise<FaultResult>
}

const ARTICLE =
  'Vietnamese Prime Minister Pham Minh Chinh met Chinese Premier Li Qiang in Hanoi on 12 March 2024. ' +
  'The two sides agreed to expand trade and to open a new rail link between Lao Cai and Hekou before the end of the year.'

/** javascript:, data: and file: links from a feed and a canonical link: stored URLs and the brief. */
const links: HostileScenario = {
  id: 'links',
  async run(dir) {
    const hostile = ['javascript:alert(document.domain)', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;', 'file:///etc/passwd']
    const items = hostile.map((href, i) => `<item><title>Item ${i + 1}: Vietnam and China</title><link>${href}</link><description>${ARTICLE} Item ${i + 1}.</description></item>`)
    mkdirSync(join(dir, 'in'), { recursive: true })
    writeFileSync(join(dir, 'in', 'feed.rss'), `<?xml version="1.0"?><rss version="2.0"><channel><title>C</title>${items.join('')}</channel></rss>`)
    writeFileSync(join(dir, 'in', 'page.html'), `<!doctype html><html><head><title>Page</title><link rel="canonical" href="javascript:alert(1)"></head><body><article><p>${ARTICLE}</p><p>A page with a hostile canonical link.</p></article></body></html>`)
    const db = join(dir, 'links.db')
    const ingest = await runCli(['ingest', join(dir, 'in'), '--db', db])
    const out = join(dir, 'brief.html')
    const report = await runCli(['report', '--pair', 'VN,CN', '--out', out, '--db', db])
    const d = new Database(db, { readonly: true })
    const urls = (d.prepare('select url from documents').all() as { url: string | null }[]).map((r) => r.url)
    d.close()
    const bad = urls.filter((u) => u !== null && !/^https?:\/\//i.test(u))
    const html = report.code === 0 ? readFileSync(out, 'utf8') : ''
    const csp = /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/.test(html)
    const hrefs = (html.match(/href="(?!#|https?:)[^"]*"/gi) ?? []).length
    const pass = ingest.code === 0 && report.code === 0 && urls.length === 4 && bad.length === 0 && csp && hrefs === 0
    return {
      name: 'javascript:, data: and file: links in a feed and a canonical link (4 documents), then the brief',
      pass,
      summary: `ingest exit ${ingest.code}; ${urls.length} documents, ${bad.length} stored with a non-http(s) URL; brief exit ${report.code}, Content-Security-Policy ${csp ? 'present' : 'missing'}, ${hrefs} links other than http(s) and #`,
      details: { urls, ingest: ingest.stderr.slice(-400), report: report.stderr.slice(-400) },
    }
  },
}

/** Four `dyad ingest` processes creating one new SQLite store at once (started together once loaded), over several rounds. */
const migrationRace: HostileScenario = {
  id: 'migration-race',
  async run(dir) {
    const ROUNDS = 3
    const WRITERS = 4
    let failed = 0
    let unique = 0
    let stored = 0
    const errors: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const db = join(dir, `race-${round}.db`)
      const files = Array.from({ length: WRITERS }, (_, i) => {
        const file = join(dir, `doc-${round}-${i}.txt`)
        writeFileSync(file, documentText(round * WRITERS + i, 20))
        return file
      })
      const runs = await Promise.all(files.map((f, i) => startScript('reliability/dyad-at-once.ts', [`${db}.ready`, String(i), String(WRITERS), 'ingest', f, '--db', db]).done))
      failed += runs.filter((r) => r.code !== 0).length
      unique += runs.filter((r) => r.stderr.includes('UNIQUE constraint failed')).length
      errors.push(...runs.filter((r) => r.code !== 0).map((r) => r.stderr.trim().split('\n')[0]!))
      const d = new Database(db, { readonly: true })
      stored += (d.prepare('select count(*) n from documents').get() as { n: number }).n
      d.close()
    }
    const total = ROUNDS * WRITERS
    return {
      name: `${WRITERS} ingests creating one new SQLite store at once (${ROUNDS} rounds, one document each)`,
      pass: failed === 0 && stored === total,
      summary: `${total - failed} of ${total} ingests exit 0; "UNIQUE constraint failed" ${unique} times; ${stored} of ${total} documents stored`,
      details: { errors: errors.slice(0, 5) },
    }
  },
}

/** Passwords in every form of store URL and fetched URL: how often each is echoed by the CLI and `serve`. */
const secrets: HostileScenario = {
  id: 'secrets',
  async run(dir) {
    const PASSWORD = 'Hun@ter2secret'
    const raw = `postgres://dyad:${PASSWORD}@127.0.0.1:1/dyad`
    const query = `postgres://dyad@127.0.0.1:1/dyad?password=${PASSWORD.replace('@', '%40')}`
    const runs: [string, string[]][] = [
      ['summary, raw @ in the password', ['summary', '--db', raw]],
      ['summary, ?password=', ['summary', '--db', query]],
      ['serve, raw @ in the password', ['serve', '--db', raw, '--port', '8799']],
      ['serve, ?password=', ['serve', '--db', query, '--port', '8799']],
      ['ingest of an http URL with credentials', ['ingest', `http://reader:${PASSWORD}@127.0.0.1:1/feed.rss`, '--db', join(dir, 'secrets.db'), '--verbose']],
    ]
    const results = await Promise.all(runs.map(([, args]) => runCli(args)))
    const echoes = results.map((r) => (r.stdout + r.stderr).split(PASSWORD.replace('@', '')).length - 1 + (r.stdout + r.stderr).split('ter2secret').length - 1)
    const total = echoes.reduce((a, b) => a + b, 0)
    return {
      name: 'a store password with a raw @ or as ?password=, and an http URL with credentials (summary, serve, ingest --verbose)',
      pass: total === 0 && results.every((r) => r.code !== 0 && /^dyad: |failed: /m.test(r.stderr)),
      summary: `password shown ${total} times in ${runs.length} runs (${runs.map(([name], i) => `${name}: ${echoes[i]}`).join('; ')}); first lines: ${results.map((r) => r.stderr.trim().split('\n')[0]).join(' | ')}`,
      details: { stderr: results.map((r) => r.stderr.slice(-300)) },
    }
  },
}

/**
 * The store's disk fills during an ingest: SQLite's max_page_count fills it
 * the way a full disk does (SQLITE_FULL), in process with the real pipeline
 * (an unprivileged run cannot mount a small file system for the CLI).
 */
const diskFull: HostileScenario = {
  id: 'disk-full',
  async run(dir) {
    const { ingestItems } = await import('../src/app/ingest.js')
    const { openStore } = await import('../src/store/open.js')
    const { sql } = await import('kysely')
    const store = await openStore(join(dir, 'full.db'))
    try {
      const doc = (i: number) => ({ ok: true as const, doc: { source: `doc-${i}.txt`, text: documentText(i, 30), meta: { title: null, url: null, statedDate: null }, diagnostics: [] } })
      await ingestItems(store, [doc(0)])
      const { page_count } = (await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0]!
      await sql.raw(`pragma max_page_count = ${page_count + 40}`).execute(store.db)
      const report = await ingestItems(store, Array.from({ length: 60 }, (_, i) => doc(i + 1)))
      const rollback = report.failures.filter((f) => /cannot rollback/.test(f.reason)).length
      const named = report.failures.filter((f) => /disk is full/.test(f.reason)).length
      const countUnclustered = async () => (await store.db.selectFrom('events').select('id').where('cluster', 'is', null).execute()).length
      const unclustered = await countUnclustered()
      const resolution = report.failures.find((f) => /^resolution of/.test(f.reason))
      // Room again (space freed): the same ingest resolves what was committed.
      await sql.raw('pragma max_page_count = 1073741823').execute(store.db)
      const again = await ingestItems(store, Array.from({ length: 60 }, (_, i) => doc(i + 1)))
      const after = await countUnclustered()
      return {
        name: 'the store fills during an ingest of 60 documents (SQLITE_FULL via max_page_count, in process)',
        pass: report.new > 0 && report.failures.length > 0 && rollback === 0 && named === report.failures.length && (unclustered === 0 || resolution !== undefined) && after === 0 && again.failures.length === 0,
        summary: `report returned; ${report.new} stored, ${report.failures.length} failures, ${named} of them naming the full disk, ${rollback} "cannot rollback"; events of committed documents left unclustered: ${unclustered}${resolution ? ' (resolution reported as failed for lack of room)' : ''}; with room again the same ingest stores ${again.new} more and leaves ${after} unclustered; first failure: ${report.failures[0]?.reason ?? 'none'}`,
        details: { failures: report.failures.slice(0, 3) },
      }
    } catch (error) {
      return { name: 'the store fills during an ingest of 60 documents (SQLITE_FULL via max_page_count, in process)', pass: false, summary: `ingest threw: ${error instanceof Error ? error.message : String(error)}`, details: {} }
    } finally {
      await store.close()
    }
  },
}

/** A redirect loop and a redirect to file: (requests counted), a NUL in one JSONL line, 2024-02-30, a feed with a bare &. */
const smallCases: HostileScenario = {
  id: 'small-cases',
  async run(dir) {
    let requests = 0
    const server = createServer((req, res) => {
      requests++
      res.writeHead(302, { location: req.url === '/loop' ? '/loop' : 'file:///etc/passwd' }).end()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const line = (i: number, extra: Record<string, string> = {}) => JSON.stringify({ ...extra, text: documentText(i, 40) })
      writeFileSync(join(dir, 'lines.jsonl'), [line(1), '{"text": "a NUL \u0000 here"}', line(2), line(3, { published: '2024-02-30' })].join('\n'))
      writeFileSync(join(dir, 'feed.rss'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Trade & aid</title><item><title>Vietnam & China</title><link>https://x.example/a</link><description>${ARTICLE}</description></item></channel></rss>`)
      const loop = await runCli(['ingest', `${base}/loop`, '--db', join(dir, 'small.db')])
      const loopRequests = requests
      requests = 0
      const toFile = await runCli(['ingest', `${base}/to-file`, '--db', join(dir, 'small.db')])
      const fileRequests = requests
      const files = await runCli(['ingest', join(dir, 'lines.jsonl'), join(dir, 'feed.rss'), '--db', join(dir, 'small.db')])
      const failed = files.stderr.split('\n').filter((l) => l.startsWith('failed:'))
      const dateNamed = failed.some((l) => /published: "2024-02-30" is not a calendar date/.test(l))
      const stored = /documents: (\d+) new/.exec(files.stdout)?.[1] ?? '?'
      return {
        name: 'redirect loop and redirect to file: (2 retries by default), a JSONL file with a NUL in one line and 2024-02-30 in another, a feed with a bare &',
        pass: loopRequests <= 21 && fileRequests === 1 && stored === '3' && failed.length === 2 && dateNamed,
        summary: `redirect loop: ${loopRequests} requests; redirect to file: ${fileRequests} requests (${loop.stderr.includes('not retried') && toFile.stderr.includes('not retried') ? 'both "not retried"' : 'retried'}); JSONL + feed: ${stored} of 5 documents stored, ${failed.length} failure lines${dateNamed ? ', the date named by field' : ''}`,
        details: { failed, loop: loop.stderr.slice(-300), toFile: toFile.stderr.slice(-300) },
      }
    } finally {
      server.close()
    }
  },
}

/** `dyad serve --allowed-hosts`: a rebound Host header, and URLs over the length limit outside a route parameter. */
const serveChecks: HostileScenario = {
  id: 'serve-checks',
  async run(dir) {
    const port = 18_000 + Math.floor(Math.random() * 2000)
    const { child, done } = startCli(['serve', '--db', join(dir, 'serve.db'), '--port', String(port), '--allowed-hosts', 'localhost,127.0.0.1'])
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d) => String(d).includes('serving') && resolve())
        void done.then((r) => reject(new Error(`serve exited ${r.code}: ${r.stderr.slice(-300)}`)))
      })
      const get = async (path: string, host: string) => {
        const { request } = await import('node:http')
        return new Promise<number>((resolve, reject) => request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on('error', reject).end())
      }
      const own = await get('/api/health', `127.0.0.1:${port}`)
      const rebound = await get('/api/health', `attacker.example:${port}`)
      const longs = await Promise.all(['/api/events?pair=' + 'VN,CN'.repeat(1000), '/api/' + 'x'.repeat(5000)].map((p) => get(p, 'localhost')))
      return {
        name: '`dyad serve --allowed-hosts localhost,127.0.0.1`: a request with another Host, and 5 KB URLs outside a route parameter',
        pass: own === 200 && rebound === 403 && longs.every((s) => s === 414),
        summary: `own host ${own}; rebound Host ${rebound}; long query ${longs[0]}, long unknown path ${longs[1]}`,
        details: {},
      }
    } finally {
      child.kill('SIGTERM')
      await done
    }
  },
}

/**
 * Latencies of /api/health asked one after another until `until` settles
 * (at most `capMs`); a request that fails counts with its time, and in `errors`.
 */
async function healthLatencies(base: string, until: Promise<unknown>, capMs: number): Promise<number[] & { errors?: number }> {
  let settled = false
  void until.then(() => (settled = true), () => (settled = true))
  const end = performance.now() + capMs
  const out: number[] & { errors?: number } = []
  out.errors = 0
  while (!settled && performance.now() < end) {
    const t0 = performance.now()
    try {
      const res = await fetch(`${base}/api/health`)
      await res.arrayBuffer()
      if (res.status !== 200) out.errors++
    } catch {
      out.errors++
    }
    out.push(performance.now() - t0)
    await new Promise((r) => setTimeout(r, 20))
  }
  return out
}

function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

/**
 * `dyad serve` while writes are handled: /api/health p95 and max at rest,
 * while a 1 MB POST is extracted (five sections of about 200,000
 * characters), while the probe's hostile shapes are POSTed (a label word
 * and a run of spaces, 200,000 nested divs), and while another process
 * holds the SQLite write lock and a POST waits for it. Reads should answer
 * as at rest.
 */
const serveStall: HostileScenario = {
  id: 'serve-stall',
  async run(dir) {
    const port = 20_000 + Math.floor(Math.random() * 2000)
    const db = join(dir, 'stall.db')
    const token = 'stall scenario token'
    const { child, done } = startCli(['serve', '--db', db, '--port', String(port)], { DYAD_TOKEN: token })
    const base = `http://127.0.0.1:${port}`
    const post = (text: string, format: 'text' | 'html' = 'text') =>
      fetch(`${base}/api/ingest`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ [format]: text }) }).then(
        async (r) => {
          await r.arrayBuffer()
          return String(r.status)
        },
        (error: Error) => `failed (${(error.cause as Error | undefined)?.message ?? error.message})`,
      )
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d) => String(d).includes('serving') && resolve())
        void done.then((r) => reject(new Error(`serve exited ${r.code}: ${r.stderr.slice(-300)}`)))
      })
      // A first write loads the pipeline where the writes run; then the rest.
      const warm = await post(documentText(1, 50))
      const rest = await healthLatencies(base, new Promise((r) => setTimeout(r, 3000)), 3000)
      let text = ''
      for (let i = 0; text.length < 1_000_000; i++) text += `${documentText(i, 51)}\n\n`
      const t0 = performance.now()
      const big = post(text)
      const hostile = await healthLatencies(base, big, 120_000)
      const bigStatus = await big
      const bigSeconds = (performance.now() - t0) / 1000
      // The probe's hostile shapes: a label word and a run of spaces (once
      // cubic: one 6 KB POST froze /api/health for 42 s), then 200,000 nested divs.
      const label = `${ARTICLE}\nUpdated${' '.repeat(6400)}x`
      const nested = `<!doctype html><html><head><title>Nested</title></head><body>${'<div>'.repeat(200_000)}<p>${ARTICLE}</p>${'</div>'.repeat(200_000)}</body></html>`
      const t1 = performance.now()
      const shapes = (async () => [await post(label), await post(nested, 'html')])()
      const shaped = await healthLatencies(base, shapes, 120_000)
      const shapeStatuses = await shapes
      const shapeSeconds = (performance.now() - t1) / 1000
      const lock = new Database(db)
      lock.exec('begin immediate')
      const waiting = post(documentText(2, 52))
      const locked = await healthLatencies(base, new Promise((r) => setTimeout(r, 5000)), 5000)
      lock.exec('commit')
      lock.close()
      const lockedStatus = await waiting
      const figure = (xs: number[] & { errors?: number }) => `p95 ${quantile(xs, 0.95).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms over ${xs.length} requests${xs.errors ? ` (${xs.errors} failed)` : ''}`
      const usual = Math.max(3 * quantile(rest, 0.95), quantile(rest, 0.95) + 50)
      const failed = [rest, hostile, shaped, locked].some((xs) => (xs.errors ?? 0) > 0)
      const pass =
        warm === '201' &&
        bigStatus === '201' &&
        shapeStatuses.every((x) => x === '201') &&
        lockedStatus === '201' &&
        !failed &&
        [hostile, shaped, locked].every((xs) => quantile(xs, 0.95) <= usual) &&
        hostile.length > 10
      return {
        name: '`dyad serve`: /api/health asked every 20 ms at rest, during a 1 MB POST, during hostile POSTs (a label and 6,400 spaces; 200,000 nested divs), and while another process holds the write lock and a POST waits',
        pass,
        summary: `at rest ${figure(rest)}; during the 1 MB POST (${bigStatus}, ${bigSeconds.toFixed(1)} s) ${figure(hostile)}; during the label and nested-div POSTs (${shapeStatuses.join(', ')}, ${shapeSeconds.toFixed(1)} s) ${figure(shaped)}; store locked 5 s with a POST waiting (${lockedStatus} once released) ${figure(locked)}`,
        details: { rest: quantile(rest, 0.5), hostile: quantile(hostile, 0.5), shaped: quantile(shaped, 0.5), locked: quantile(locked, 0.5) },
      }
    } finally {
      child.kill('SIGTERM')
      await done
    }
  },
}

export const HOSTILE: readonly HostileScenario[] = [links, migrationRace, secrets, diskFull, smallCases, serveChecks, serveStall]

/** Run the scenarios `ids` names (all when empty), each in a folder of its own. */
export async function hostileScenarios(dir: string, ids: readonly string[], log: (line: string) => void): Promise<(FaultResult & { id: string })[]> {
  const unknown = ids.filter((id) => !HOSTILE.some((s) => s.id === id))
  if (unknown.length) throw new Error(`DYAD_RELIABILITY_HOSTILE: unknown scenario ${unknown.join(', ')} (scenarios: ${HOSTILE.map((s) => s.id).join(', ')})`)
  const out: (FaultResult & { id: string })[] = []
  for (const s of HOSTILE.filter((s) => ids.length === 0 || ids.includes(s.id))) {
    const where = join(dir, 'hostile', s.id)
    mkdirSync(where, { recursive: true })
    const result = await s.run(where)
    log(`${result.pass ? 'PASS' : 'FAIL'} ${s.id}: ${result.summary}`)
    out.push({ ...result, id: s.id })
  }
  return out
}
