// Time expressions: Dyad against chrono-node on the phrase table and on the
// times the seed articles' gold records carry. Run alone with
//   node --import tsx bench/time-accuracy.ts
import * as chrono from 'chrono-node'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createContext } from '../src/pipeline/context.js'
import { textStage } from '../src/text/stage.js'
import { resolveTimeText, timeStage } from '../src/time/index.js'
import { PHRASES, expectedInterval, type Phrase } from '../test/time/phrases.js'
import { chronoReadings, dyadReadings, isRight } from '../test/time/news/score.js'
import { NEWS_GROUPS, type NewsPhrase } from '../test/time/news/table.js'

/** A found expression as [start, end] ISO days (null when unresolved), with its span. */
interface Found {
  readonly start: number
  readonly end: number
  readonly value: readonly [string, string] | null
}

export interface SystemScore {
  readonly correct: number
  readonly accuracy: number
}

export interface GoldScore {
  /** Share of gold times some expression in the quote's sentence gives exactly. */
  readonly exact: number
  /** Share of gold times some expression in the quote's sentence overlaps. */
  readonly overlap: number
}

export interface SpeedScore {
  readonly expressionsPerSecond: number
  readonly megabytesPerSecond: number
}

/** Rows right on the news table: Dyad by interval and by interval and granularity, chrono by interval. */
export interface NewsScore {
  readonly total: number
  readonly dyad: number
  readonly dyadWithGranularity: number
  readonly chrono: number
}

export interface TimeAccuracy {
  /** The news table (test/time/news), overall and by kind of expression. */
  readonly news?: { readonly all: NewsScore; readonly groups: Readonly<Record<string, NewsScore>> }
  readonly phrases: { readonly total: number; readonly dyad: SystemScore; readonly chrono: SystemScore }
  readonly gold: { readonly total: number; readonly dyad: GoldScore; readonly chrono: GoldScore } | null
  readonly speed: { readonly dyad: SpeedScore; readonly chrono: SpeedScore }
}

const root = fileURLToPath(new URL('..', import.meta.url))
const GOLD = `${root}../shared/eval/vietnam-china.gold.json`
const CORPUS = `${root}../shared/corpus/vietnam-china`

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** chrono's components as an interval at the precision it is certain of. */
function chronoInterval(start: chrono.ParsedComponents, end: chrono.ParsedComponents | null): [string, string] {
  const edge = (c: chrono.ParsedComponents, last: boolean): string => {
    const y = c.get('year')!
    const m = c.get('month')!
    const d = c.get('day')!
    if (c.isCertain('day')) return `${y}-${pad(m)}-${pad(d)}`
    if (c.isCertain('month')) return `${y}-${pad(m)}-${pad(last ? lastDay(y, m) : 1)}`
    return last ? `${y}-12-31` : `${y}-01-01`
  }
  return [edge(start, false), edge(end ?? start, true)]
}

function chronoFind(text: string, ref: string | null, tense?: 'past' | 'future'): Found[] {
  const refDate = ref ? new Date(`${ref}T12:00:00`) : new Date()
  return chrono.parse(text, refDate, { forwardDate: tense === 'future' }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    value: chronoInterval(r.start, r.end ?? null),
  }))
}

function dyadFind(text: string, ref: string | null, tense?: 'past' | 'future'): Found[] {
  return resolveTimeText(text, ref, { tense }).map((m) => ({
    start: m.span.start,
    end: m.span.end,
    value: m.value ? [m.value.start, m.value.end] : null,
  }))
}

function phraseCorrect(phrase: Phrase, found: readonly Found[]): boolean {
  if (phrase.expect === null) return found.length === 0
  if (phrase.expect === 'unanchored') return found.length > 0 && found.some((f) => f.value === null)
  const want = expectedInterval(phrase)!
  return found.some((f) => f.value !== null && f.value[0] === want[0] && f.value[1] === want[1])
}

function scorePhrases(find: typeof dyadFind): SystemScore {
  const correct = PHRASES.filter((p) => phraseCorrect(p, find(p.text, p.ref, p.tense))).length
  return { correct, accuracy: correct / PHRASES.length }
}

function scoreNews(rows: readonly NewsPhrase[]): NewsScore {
  let dyad = 0
  let dyadWithGranularity = 0
  let chrono = 0
  for (const row of rows) {
    const d = dyadReadings(row)
    if (isRight(row, d, false)) dyad++
    if (isRight(row, d, true)) dyadWithGranularity++
    if (isRight(row, chronoReadings(row), false)) chrono++
  }
  return { total: rows.length, dyad, dyadWithGranularity, chrono }
}

/** The news table, overall and by group. */
export function newsAccuracy(): NonNullable<TimeAccuracy['news']> {
  const groups = Object.fromEntries(Object.entries(NEWS_GROUPS).map(([name, rows]) => [name, scoreNews(rows)]))
  return { all: scoreNews(Object.values(NEWS_GROUPS).flat()), groups }
}

// ---------- gold times of the seed articles ----------

interface GoldTime {
  readonly doc: string
  readonly quote: string
  readonly interval: [string, string]
}

function shortBounds(short: string, last: boolean): string {
  const [y, m, d] = short.slice(0, 10).split('-').map(Number)
  if (d) return short.slice(0, 10)
  const month = m || (last ? 12 : 1)
  return `${y}-${pad(month)}-${pad(last ? lastDay(y, month) : 1)}`
}

function goldInterval(when: unknown): [string, string] | null {
  if (!when) return null
  if (typeof when === 'string') return [shortBounds(when, false), shortBounds(when, true)]
  const w = when as { start?: string; end?: string; as_of?: string }
  if (w.as_of) return [shortBounds(w.as_of, false), shortBounds(w.as_of, true)]
  if (w.start || w.end) return [shortBounds(w.start ?? w.end!, false), shortBounds(w.end ?? w.start!, true)]
  return null
}

function goldTimes(): { times: GoldTime[]; published: Map<string, string> } | null {
  if (!existsSync(GOLD) || !existsSync(CORPUS)) return null
  const gold = JSON.parse(readFileSync(GOLD, 'utf8'))
  const times: GoldTime[] = []
  for (const e of gold.events ?? []) {
    const interval = goldInterval(e.when)
    if (interval) times.push({ doc: e.doc, quote: e.quote, interval })
  }
  for (const i of gold.indicators ?? []) {
    const interval = goldInterval(i.period)
    if (interval) times.push({ doc: i.doc, quote: i.quote, interval })
  }
  const published = new Map<string, string>(Object.entries(gold.documents ?? {}).map(([k, v]) => [k, (v as { published: string }).published]))
  return { times, published }
}

function scoreGold(
  times: readonly GoldTime[],
  docs: Map<string, { text: string; sentences: { start: number; end: number }[]; found: Found[] }>,
): GoldScore {
  let exact = 0
  let overlap = 0
  for (const t of times) {
    const doc = docs.get(t.doc)
    if (!doc) continue
    const at = doc.text.indexOf(t.quote)
    if (at < 0) continue
    const first = doc.sentences.find((s) => at >= s.start && at < s.end) ?? { start: at, end: at }
    const last = doc.sentences.find((s) => at + t.quote.length > s.start && at + t.quote.length <= s.end) ?? first
    const inside = doc.found.filter((f) => f.start < last.end && f.end > first.start && f.value)
    if (inside.some((f) => f.value![0] === t.interval[0] && f.value![1] === t.interval[1])) exact++
    if (inside.some((f) => f.value![0] <= t.interval[1] && t.interval[0] <= f.value![1])) overlap++
  }
  return { exact: exact / times.length, overlap: overlap / times.length }
}

// ---------- speed ----------

/** Calls per second of `run` (which returns how many expressions it found) over at least 400 ms. */
function rate(run: () => number): { perSecond: number; found: number } {
  run() // warm up
  let found = 0
  let rounds = 0
  const began = performance.now()
  while (performance.now() - began < 400 || rounds < 3) {
    found += run()
    rounds++
  }
  const seconds = (performance.now() - began) / 1000
  return { perSecond: rounds / seconds, found: found / seconds }
}

/** Expressions per second over the phrase table, and megabytes per second over one long text. */
function speed(parse: (text: string) => number, phrases: readonly string[], long: string): SpeedScore {
  const short = rate(() => phrases.reduce((n, t) => n + parse(t), 0))
  const bulk = rate(() => parse(long))
  return { expressionsPerSecond: short.found, megabytesPerSecond: (bulk.perSecond * Buffer.byteLength(long)) / 1e6 }
}

/** Dyad's and chrono-node's accuracy and speed on time expressions, side by side. */
export async function timeAccuracy(): Promise<TimeAccuracy> {
  const news = newsAccuracy()
  const phrases = { total: PHRASES.length, dyad: scorePhrases(dyadFind), chrono: scorePhrases(chronoFind) }

  const seed = goldTimes()
  let gold: TimeAccuracy['gold'] = null
  const texts: string[] = PHRASES.map((p) => p.text)
  if (seed) {
    const dyadDocs = new Map<string, { text: string; sentences: { start: number; end: number }[]; found: Found[] }>()
    const chronoDocs = new Map<string, { text: string; sentences: { start: number; end: number }[]; found: Found[] }>()
    for (const doc of seed.published.keys()) {
      const path = `${CORPUS}/${doc}`
      if (!existsSync(path)) continue
      const text = readFileSync(path, 'utf8')
      texts.push(text)
      const ctx = createContext({ docId: doc, source: doc, text, debug: false })
      textStage.run(ctx)
      timeStage.run(ctx)
      const sentences = ctx.sentences.map((s) => s.span)
      const found = ctx.times.map((m) => ({ start: m.span.start, end: m.span.end, value: m.value ? ([m.value.start, m.value.end] as const) : null }))
      dyadDocs.set(doc, { text, sentences, found })
      // chrono is given the gold publication date: an advantage Dyad does not have on undated texts.
      chronoDocs.set(doc, { text, sentences, found: chronoFind(text, seed.published.get(doc) ?? null) })
    }
    gold = { total: seed.times.length, dyad: scoreGold(seed.times, dyadDocs), chrono: scoreGold(seed.times, chronoDocs) }
  }

  // One long text (the seed articles, repeated) for throughput; the phrase table for expressions per second.
  const long = (texts.length > PHRASES.length ? texts.slice(PHRASES.length) : texts).join('\n\n').repeat(8)
  const phraseTexts = PHRASES.map((p) => p.text)
  const ref = '2024-11-04'
  const refDate = new Date(`${ref}T12:00:00`)
  return {
    news,
    phrases,
    gold,
    speed: {
      dyad: speed((t) => resolveTimeText(t, ref).length, phraseTexts, long),
      chrono: speed((t) => chrono.parse(t, refDate).length, phraseTexts, long),
    },
  }
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`
}

function share(n: number, total: number): string {
  return `${percent(n / total)} (${n})`
}

/** The news table side by side: interval right (Dyad, chrono), and Dyad with its granularity right too. */
export function formatNewsAccuracy(news: NonNullable<TimeAccuracy['news']>): string {
  const rows: string[][] = [[`news table (${news.all.total})`, share(news.all.dyad, news.all.total), share(news.all.chrono, news.all.total), share(news.all.dyadWithGranularity, news.all.total)]]
  for (const [name, g] of Object.entries(news.groups)) rows.push([`  ${name} (${g.total})`, share(g.dyad, g.total), share(g.chrono, g.total), share(g.dyadWithGranularity, g.total)])
  const head = ['', 'Dyad', 'chrono-node', 'Dyad + granularity']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')
  return [line(head), ...rows.map(line)].join('\n') + '\n'
}

/** The result as a small text table. */
export function formatTimeAccuracy(r: TimeAccuracy): string {
  const news = r.news ? `${formatNewsAccuracy(r.news)}\n` : ''
  const rows: [string, string, string][] = [
    [`phrase table (${r.phrases.total}), exact`, `${percent(r.phrases.dyad.accuracy)} (${r.phrases.dyad.correct})`, `${percent(r.phrases.chrono.accuracy)} (${r.phrases.chrono.correct})`],
  ]
  if (r.gold) {
    rows.push([`seed gold times (${r.gold.total}), exact`, percent(r.gold.dyad.exact), percent(r.gold.chrono.exact)])
    rows.push([`seed gold times (${r.gold.total}), overlap`, percent(r.gold.dyad.overlap), percent(r.gold.chrono.overlap)])
  }
  rows.push(['expressions/second', r.speed.dyad.expressionsPerSecond.toFixed(0), r.speed.chrono.expressionsPerSecond.toFixed(0)])
  rows.push(['MB/s on long text (time only)', r.speed.dyad.megabytesPerSecond.toFixed(2), r.speed.chrono.megabytesPerSecond.toFixed(2)])
  const w0 = Math.max(...rows.map((x) => x[0].length), 6)
  const w1 = Math.max(...rows.map((x) => x[1].length), 4)
  const line = (a: string, b: string, c: string) => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padStart(12)}`
  return news + [line('', 'Dyad', 'chrono-node'), ...rows.map(([a, b, c]) => line(a, b, c))].join('\n') + '\n'
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  timeAccuracy().then((r) => process.stdout.write(formatTimeAccuracy(r)))
}
