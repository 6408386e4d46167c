import type { PolynomialRegex } from './polynomial.js'
import type { FaultResult } from './faults.js'
import type { Growth } from './growth.js'
import type { IngestLoadResult } from './ingest-load.js'
import type { LoadResult } from './load.js'

export interface Results {
  machine: Record<string, unknown>
  docs: number
  stageSizes: number[]
  regexSizes: number[]
  faults: FaultResult[]
  load: LoadResult
  ingestLoad?: IngestLoadResult
  stages: { growth: Growth[]; skipped: string[] }
  regexes: { completed: boolean; count: number; flagged: Growth[]; polynomial?: PolynomialRegex[] }
  /** Issue 20's probe: hostile input and unlucky operators, by scenario id. */
  hostile?: (FaultResult & { id: string })[]
  /** Parts re-run since the full run (DYAD_RELIABILITY_ONLY), oldest first. */
  reruns?: { parts: string[]; date: string; commit: string | null }[]
}

const cell = (v: number | null) => (v === null ? 'timeout' : v.toFixed(1))
const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The results as a Markdown page. */
export function renderMarkdown(r: Results): string {
  const m = r.machine
  const out: string[] = []
  out.push('# Reliability results', '', '`npm run reliability` (reliability/run.ts). Raw numbers in results.json.', '')
  out.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.platform}; run ${m.date}; commit ${m.commit}.`, '')
  for (const r2 of r.reruns ?? []) out.push(`Re-run since on the same machine: ${r2.parts.join(', ')} on ${r2.date}, commit ${r2.commit}.`, '')
  out.push('## Faults', '', '| | Scenario | Outcome |', '| --- | --- | --- |')
  for (const f of r.faults) out.push(`| ${f.pass ? 'pass' : '**FAIL**'} | ${esc(f.name)} | ${esc(f.summary)} |`)
  out.push('', `Corpus: ${r.docs} generated documents (reliability/corpus.ts); resolution and concurrency scenarios on 600.`, '')
  if (r.hostile?.length) {
    out.push('## Hostile input and unlucky operators (issue 20)', '', 'Each case the probe of issue 20 found, run through the CLI or the server in a process of its own (reliability/hostile.ts; `DYAD_RELIABILITY_ONLY=hostile DYAD_RELIABILITY_HOSTILE=<id>` re-runs one).', '')
    out.push('| | id | Scenario | Outcome |', '| --- | --- | --- | --- |')
    for (const h of r.hostile) out.push(`| ${h.pass ? 'pass' : '**FAIL**'} | ${h.id} | ${esc(h.name)} | ${esc(h.summary)} |`)
    out.push('')
  }
  const l = r.load
  out.push('## API load', '')
  out.push(`${l.requests} GET requests, ${l.concurrency} at a time, over ${l.routes.length} read routes, server in its own process on 127.0.0.1 over the seed corpus store (5 documents).`, '')
  out.push('| throughput | p50 | p95 | p99 | max | errors | server RSS before → after |', '| --- | --- | --- | --- | --- | --- | --- |')
  const errors = Object.values(l.errors).reduce((a, b) => a + b, 0)
  out.push(`| ${l.perSecond.toFixed(0)} req/s | ${l.p50ms.toFixed(1)} ms | ${l.p95ms.toFixed(1)} ms | ${l.p99ms.toFixed(1)} ms | ${l.maxms.toFixed(1)} ms | ${errors} | ${l.rssBeforeMiB.toFixed(0)} → ${l.rssAfterMiB.toFixed(0)} MiB |`, '')
  if (errors) out.push('Errors: ' + Object.entries(l.errors).map(([k, v]) => `${k} ×${v}`).join('; '), '')
  const i = r.ingestLoad
  if (i) {
    const ierrors = Object.values(i.errors).reduce((a, b) => a + b, 0)
    out.push('## API ingest under load', '')
    out.push(`${i.requests} POST /api/ingest requests (${i.distinct} generated articles, each sent twice in a shuffled order), ${i.concurrency} at a time, server in its own process on 127.0.0.1 with DYAD_TOKEN set, fresh SQLite store.`, '')
    out.push('| throughput | p50 | p95 | max | errors | documents stored | unclustered events |', '| --- | --- | --- | --- | --- | --- | --- |')
    out.push(`| ${i.perSecond.toFixed(1)} req/s | ${i.p50ms.toFixed(0)} ms | ${i.p95ms.toFixed(0)} ms | ${i.maxms.toFixed(0)} ms | ${ierrors} | ${i.stored} of ${i.distinct} | ${i.unresolvedEvents} |`, '')
    if (ierrors) out.push('Errors: ' + Object.entries(i.errors).map(([k, v]) => `${k} ×${v}`).join('; '), '')
  }
  out.push('## Growth per stage', '')
  out.push(`Milliseconds per stage at ${r.stageSizes.join(', ')} characters (earlier stages run first, untimed); linear is about 8x per step. Flagged: over 20x in a step that takes over 20 ms. Skipped inputs (reach a known hang): ${r.stages.skipped.join(', ') || 'none'}.`, '')
  const flagged = r.stages.growth.filter((g) => g.flag)
  out.push('### Flagged', '', '| stage | input | ms | growth | why |', '| --- | --- | --- | --- | --- |')
  for (const g of flagged) out.push(`| ${g.what} | ${g.input} | ${g.ms.map(cell).join(' / ')} | ${g.ratios.map((x) => (x === null ? '-' : `${x}x`)).join(', ')} | ${esc(g.flag!)} |`)
  if (flagged.length === 0) out.push('| none | | | | |')
  out.push('', '### All', '', '| stage | input | ms | growth |', '| --- | --- | --- | --- |')
  for (const g of r.stages.growth) out.push(`| ${g.what} | ${g.input} | ${g.ms.map(cell).join(' / ')} | ${g.ratios.map((x) => (x === null ? '-' : `${x}x`)).join(', ')} |`)
  out.push('', '## Growth per regex', '')
  out.push(`${r.regexes.count} regular expressions (every literal in src/text, time, entities, events, indicators, pipeline, util, and every recognizer pattern) scanned over each adversarial input at ${r.regexSizes.join(' and ')} characters${r.regexes.completed ? '' : ' (DID NOT COMPLETE)'}. A regex is scanned over the whole input even when the code applies it to short slices only, so a flag here is a lead, not a finding; the stage table is what documents see.`, '')
  out.push('| regex | input | ms | growth |', '| --- | --- | --- | --- |')
  for (const g of r.regexes.flagged) out.push(`| ${g.what} | ${g.input} | ${g.ms.map(cell).join(' / ')} | ${g.ratios.map((x) => (x === null ? '-' : `${x}x`)).join(', ')} |`)
  if (r.regexes.flagged.length === 0) out.push('| none | | | |')
  if (r.regexes.polynomial) {
    const open = r.regexes.polynomial.filter((p) => !p.bounded)
    out.push('', '### Static scan', '')
    out.push(`Every regular-expression literal in src/ analysed by scslre (reliability/polynomial.ts): ${r.regexes.polynomial.length} super-linear on some input, ${open.length} of them on text of unbounded length. The others carry a \`// bounded:\` note, and test/property/linear-work.test.ts checks that the stages never hand them more than 1,000 characters.`, '')
    out.push('| regex | reports | bounded |', '| --- | --- | --- |')
    for (const p of r.regexes.polynomial) out.push(`| ${p.where} | ${p.reports.join('; ').replace(/\|/g, '\\|')} | ${p.bounded ?? '**no**'} |`)
  }
  out.push('', '## Notes', '', ...NOTES, '')
  return out.join('\n')
}

// What the numbers above mean for the code, written after reading them;
// update when the fixes land.
const NOTES = [
  '- SIGKILL during resolution: the documents are committed one transaction each, resolution (entities, links, clusters, conflicts) once at the end of the batch; a re-run finds every document unchanged and never resolves them (src/app/ingest.ts ingestItems only resolves `touched.docs`).',
  '- SIGKILL during store creation: SQLite migrations run outside a transaction (Kysely reports no transactional DDL for SQLite), so a half-created schema makes every later open fail with `table "documents" already exists` (src/store/migrations/001-records.ts, src/store/open.ts).',
  '- Concurrent ingests: transactions begin DEFERRED, so a writer that read first gets SQLITE_BUSY at once despite busy_timeout; one process exits 1 in its resolution transaction, the other reports documents as failed (src/store/sqlite/connection.ts).',
  '- Unusable stores: every case exits 1 with one line and no stack, but the line does not name the store path (src/store/open.ts openStore).',
  '- Stage growth (re-run after the fixes): no stage is flagged. The indicators stage was quadratic in the figures of a sentence (each figure searched the figures, cues, parties and period phrases before it; 64k of "1% 1% ...": 22.9 -> 1225.8 ms from 8k to 64k, 53.6x); it now reads whole-sentence facts once and each figure only its own stretch (src/indicators/build.ts, interpret/stretch.ts, interpret/cue-index.ts): 25.9 -> 95.1 ms (3.7x), money 3.5x. test/indicators/linear-work.test.ts counts the work (record reads, characters handed to regexes) so the rescans cannot come back unnoticed. The time stage on runs of whitespace was fixed earlier (15 s -> under 20 ms at 64k).',
  '- PostgreSQL restart during a worker run (needs DYAD_TEST_PG and DYAD_TEST_PG_RESTART; .ci/run sets both): `dyad worker enqueue`, two `dyad worker --until-empty` processes, `pg_ctl restart -m fast` once a third is stored. Before the fix both worker processes died at the restart (an unheard pg client \'error\' on the store pool; pg-boss `work()` does not await its completion call, so a lost connection there is an unhandled rejection); a replacement worker finished, but the 20 jobs the dead workers held stayed active until their 600 s expiry (625 s in all); nothing was lost or stored twice (jobs keyed and documents stored by content hash). Now the workers survive: they fetch, run and record batches themselves, retry recording while the server is away, and every connection (queue, store pool, lock) reports its loss and reopens; the batches in flight are retried once (src/worker/worker.ts, store.ts, lock.ts; test/worker/restart.test.ts).',
  '- The hang once kept out of the checks (footerLimit in src/time/dating/stated.ts on a text of line breaks) is gone: input `newlines` runs at every size.',
  '- Hostile text (issue 20): a label word followed by a run of blanks and then anything but a date was cubic in document dating (LABEL in src/time/dating/stated.ts: three `\\s*` in a row); a 6.5 KB text took 49 s to ingest. "visit to", "chose X" and "Monday" followed by blanks were quadratic (src/events/visit-roles.ts byPersons, recognizers/first-destination.ts, time/recognizers/day-month.ts: 24 KB 13-15 s), and wink-nlp on lines of one space (200 KB 12.8 s). The growth scan above missed them: its inputs carry no trigger word. Now every literal in src/ is analysed statically (scslre, table above) and rewritten where flagged (a lookbehind so a run of blanks is read once, `(?=\\S)` so a run splits one way, the label read on text with blanks collapsed), and the tokenizer reads lines of spaces as lines of tabs (same length, same offsets). test/property/linear-work.test.ts runs every stage on 138 hostile shapes (23 trigger words x 3 blanks x 2 tails, lines of one space, nested parentheses, runs of dots) at 1,000 and 4,000 characters and counts work, not time: each regex Dyad runs is linear by the static scan or noted bounded and never handed over 1,000 characters, and the characters handed to regexes grow under 6x. Measured in process after the fix: the 6.5 KB label text 0.08 s, 24 KB "visit to" + spaces 0.03 s, 200 KB of one-space lines 0.20 s (pipeline only; the CLI adds its start-up, 7.7 s on this loaded machine for any file). Stored text is not normalized: spans index the text as read, and the seed export is byte-identical before and after.',
  '- Deeply nested HTML (issue 20): linkedom parsed the whole tree before the depth check on it could run, in quadratic time (100k nested divs 6.3 s, 200k 25 s). The depth is now counted on the tags in one pass before parsing (src/ingest/formats/html-depth.ts: void elements, elements with optional end tags, comments and script text not counted) and tags below level 1000 are dropped with their text kept (warning `ingest:html-flattened`), then the page falls back to its body text as before (over 200 levels). 200k nested divs: 0.40 s to read (in process, readHtml). test/ingest/html-depth.test.ts.',
  '- Long texts (issue 20; `npm run bench -- --hostile`, bench/results.md): with the sections and the budget, a 2 MB text still took about 20 s. Per stage at 100k-800k characters (in process, CPU time) the time stage grew quadratically: four of chrono-node\'s English rules (ENEndOfPeriodRefiner, ENUnlikelyFormatFilter for "May", SlashDateFormatParser, ENSlashMonthFormatParser) match a pattern anchored at its end on the whole text before each date, so the work grows with the dates times their place (200k of news: 192 ms of the pipeline\'s 935; 400k: 713 of 2433; 400k of "She left in May." repeated: 4.6 s in chrono alone, 0.22 s now). src/time/chrono-linear.ts runs each rule on the text from the few words (or two characters) before the date, which cannot change its answer: the same results (test/time/chrono-linear.test.ts against chrono\'s own parsers; the equivalence snapshot and the corpus exports of all four sets byte-identical), time stage 57 ms at 200k and 129 ms at 400k, every stage within about 2x per doubling up to 800k (the pipeline 0.54-0.7 s CPU per 200,000 characters of news). Inputs `end-of-month`, `in-may` and `slash-dates` above, and six repeated-date shapes in test/property/linear-work.test.ts (four failed before: the characters handed to regexes grew 16x for 4x the text). Through the built CLI on this shared machine (load 5-6.6 on 2 cores) the 2 MB text takes 17.8 s wall, 11.9 s CPU with --threads 1 (23.8 / 16.8 s with the default 2 threads): the pipeline is about 6 s CPU of it, store writes and resolution about 3 s, start-up about 1.5 s per thread (issue 16); under 5 s is not reached. The 6.5 KB label text and 200k nested divs cost what an ordinary short article costs: 2.2 s and 1.6 s wall with --threads 1 (short article 2.8 s), but 5.7 s and 7.0 s with the default 2 threads, where the extraction pool starts every thread up front and the second loads the whole pipeline for one document (src/app/extract-pool.ts).',
  '- Links (issue 20, scenario `links`): a feed item link or a canonical link of `javascript:`, `data:` or `file:` was stored as the document URL (and, for feeds, its source) and written into the brief as a clickable link; the brief had no Content-Security-Policy. Before: 4 of 4 documents stored with such a URL, 4 such links in the brief, no CSP. Now only absolute http(s) links are taken (src/ingest/formats/web-link.ts, used by feeds and page metadata; the ingest service drops any other URL a caller hands over), the brief and the dashboard link only http(s) URLs, and the brief carries `default-src \'none\'; style-src \'unsafe-inline\'` in a meta tag (it is opened from disk, where no header can carry it). test/ingest/links.test.ts, test/report/brief.test.ts.',
  '- Migration race (issue 20, scenario `migration-race`): Kysely\'s SQLite adapter takes no migration lock and says SQLite has no transactional DDL, so two processes creating a new store both ran 001 and one failed with `UNIQUE constraint failed: dyad_migration.name`, ingesting nothing. Before: 3 of 12 ingests (4 at once, 3 rounds) exit 0, 9 such failures. Now the SQLite adapter declares transactional DDL, so pending migrations are read and applied in one transaction begun IMMEDIATE: the others wait (busy_timeout, now set before the switch to WAL) and find nothing to do; 12 of 12 exit 0. test/store/concurrent-open.test.ts (4 processes, 2 rounds).',
  '- Secrets (issue 20, scenario `secrets`): the store location was shown with `//user:***@` only up to the first `@`, so a password with a raw `@` showed its rest, `?password=` was shown whole, and an http URL with credentials reached fetch, whose error quoted it (the password twice in one failure line). Before: the password shown 7 times in 5 runs (summary and serve, both forms; ingest 3). Now one function (src/util/secrets.ts hideSecrets: the user part ends at the last `@` of the authority, secret query parameters masked) names every store (openStore, the worker store, the serve banner) and passes over every CLI error line, the pino log stream and the server log; a URL with credentials is refused before any fetch, named with `***`. 0 times. test/store/secrets.test.ts, test/cli/secrets.test.ts.',
  '- Disk full (issue 20, scenario `disk-full`): SQLite rolls a transaction back by itself on SQLITE_FULL, and Kysely\'s own rollback then failed with "cannot rollback - no transaction is active", which replaced the cause for every document; the resolution that followed threw, so the CLI printed neither the summary nor the failure lines. Before: the ingest threw `database or disk is full` with no report. Now the SQLite driver\'s rollback ignores a transaction already rolled back, the first document that finds the disk full is named `not stored: the store\'s disk is full` (rule `ingest:disk-full`) and the rest are not run through the pipeline, and a failed resolution is one more failure line (`the next ingest resolves them`), so the report, the summary and the failure lines come back and `dyad ingest` exits 1. 14 of 60 stored, 47 failure lines all naming the full disk, 0 "cannot rollback". Resolution needs room too: when it has none the committed documents stay unresolved (56 events unclustered here) until the next ingest with room, which resolves them (0 left). test/app/disk-full.test.ts.',
  '- Smaller cases (issue 20, scenario `small-cases`): a redirect loop or a redirect to `file:` was retried like a network error, a single NUL refused a whole JSONL file as binary, one bare `&` refused a whole feed, and `"published":"2024-02-30"` was dropped with a warning. Before: 63 requests for one looping URL, 3 for the `file:` redirect, 0 of 5 documents stored from a JSONL file (NUL in one line, the impossible date in another) and a feed with a bare `&`. Now undici\'s redirect failures are not retried (rule `ingest:redirect`), a JSONL file is decoded with NULs allowed and judged line by line, a feed that fails strict XML is read again with its bare `&` escaped (warning `ingest:feed-lenient`), and a date of the form YYYY-MM-DD that names no day fails its line naming the field. 21 requests (undici\'s own 20 redirects), 1 request, 3 of 5 stored with 2 failure lines. test/ingest/lenient.test.ts.',
  '- Serve checks (issue 20, scenario `serve-checks`): the 414 answer was set only for an over-long route parameter (a long query or an unknown long path got 200 or 404), and the read API answered any Host header (DNS rebinding). Now an onRequest hook answers any URL over 4,096 characters 414, and `dyad serve --allowed-hosts localhost,127.0.0.1` answers 403 to any other Host (port ignored; without the option, any Host as before). Own host 200, rebound Host 403, a 5 KB query and a 5 KB unknown path 414. test/api/request-checks.test.ts.',
]
