// One table for every evaluation set, measured through the path users run:
// `dyad ingest` into a fresh store, `dyad export --format json`, then the
// independent `score.py`. Sets: the seed corpus, the development set
// (../shared/eval/dev, texts in .devset/), and the training and test splits of
// the development corpus (eval/corpus: texts in eval/corpus/texts/, pairs of
// the test split in eval/corpus/split.json; the development set is part of
// the training split). A set whose texts are missing is reported as such.
// The `when` column is the share of events whose time is right: of the gold
// events with a time that score.py finds when its time rule is left out, how
// many it also finds with it (scripts/when-share.py, score.py's functions).
// `CAMEO root` and `src/tgt` are issue 15's measure (scripts/cameo-share.py):
// of the matched gold events with a CAMEO code, the share with the right
// root; of those whose gold gives a source or target, the share with both right.
//   npm run corpus            (builds first)
//   npm run corpus -- --json  (the per-set score.py reports as JSON)
//   npm run corpus -- --keep DIR  (keep each set's store, export and gold in DIR)
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const shared = resolve(root, '../shared')
const corpus = join(root, 'eval/corpus')
const args = process.argv.slice(2)
const keepAt = args.indexOf('--keep')
const work = keepAt >= 0 ? resolve(args[keepAt + 1]!) : mkdtempSync(join(tmpdir(), 'dyad-corpus-'))
mkdirSync(work, { recursive: true })

interface Gold {
  documents: Record<string, unknown>
  entities: unknown[]
  events: { doc: string }[]
  indicators: { doc: string }[]
  conflicts: { claims?: string[] }[]
  changes_over_time?: unknown[]
  [key: string]: unknown
}

interface EvalSet {
  name: string
  files: string[] // absolute paths of the texts
  gold: Gold
  expected: number // documents the gold names
}

/**
 * The part of a gold annotation about some documents: their records, and
 * the entities those records name or the documents' texts mention.
 */
function goldFor(gold: Gold, docs: Set<string>, texts: string[] = []): Gold {
  const events = gold.events.filter((e) => docs.has(e.doc))
  const indicators = gold.indicators.filter((i) => docs.has(i.doc))
  const named = new Set(
    [...events, ...indicators].flatMap((r) => {
      const x = r as unknown as Record<string, unknown>
      return [x.actors, x.source, x.target, x.host, x.place, x.subject, x.counterpart].flat().filter((v): v is string => typeof v === 'string')
    }),
  )
  const entities = (gold.entities as { name: string; aliases?: string[] }[]).filter(
    (e) => named.has(e.name) || [e.name, ...(e.aliases ?? [])].some((a) => texts.some((t) => t.includes(a))),
  )
  const ids = new Set([...events, ...indicators].map((r) => (r as unknown as { id: string }).id))
  return {
    ...gold,
    documents: Object.fromEntries(Object.entries(gold.documents).filter(([k]) => docs.has(k))),
    entities,
    events,
    indicators,
    conflicts: gold.conflicts.filter((c) => (c.claims ?? []).some((id) => ids.has(id))),
  }
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

function folderSet(name: string, folder: string, gold: Gold): EvalSet {
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(folder, f))
    : []
  return { name, files, gold, expected: Object.keys(gold.documents).length }
}

function corpusSets(): EvalSet[] {
  if (!existsSync(join(corpus, 'gold.json'))) return []
  const gold = readJson<Gold>(join(corpus, 'gold.json'))
  const recipe = readJson<{ file: string; pair: [string, string] }[]>(join(corpus, 'recipe.json'))
  const test = new Set(readJson<{ test: string[] }>(join(corpus, 'split.json')).test)
  const pairKey = (pair: [string, string]) => [...pair].sort().join('-')
  const textDir = join(corpus, 'texts')
  const split = (inTest: boolean) => new Set(recipe.filter((r) => test.has(pairKey(r.pair)) === inTest).map((r) => r.file))
  const files = (docs: Set<string>) =>
    [...docs]
      .sort()
      .map((f) => join(textDir, f))
      .filter((p) => existsSync(p))
  const trainDocs = split(false)
  const testDocs = split(true)
  const dev = readJson<Gold>(join(shared, 'eval/dev/gold.json'))
  const textsOf = (docs: Set<string>) => files(docs).map((f) => readFileSync(f, 'utf8'))
  const trainGold = goldFor(gold, trainDocs, textsOf(trainDocs))
  const merged: Gold = {
    ...trainGold,
    documents: { ...dev.documents, ...trainGold.documents },
    entities: [...dev.entities, ...trainGold.entities],
    events: [...dev.events, ...trainGold.events],
    indicators: [...dev.indicators, ...trainGold.indicators],
    conflicts: [...dev.conflicts, ...trainGold.conflicts],
  }
  const devFiles = existsSync(join(root, '.devset'))
    ? readdirSync(join(root, '.devset'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(root, '.devset', f))
    : []
  return [
    { name: 'training', files: [...devFiles, ...files(trainDocs)], gold: merged, expected: Object.keys(merged.documents).length },
    { name: 'test', files: files(testDocs), gold: goldFor(gold, testDocs, textsOf(testDocs)), expected: testDocs.size },
  ]
}

interface BatteryItem {
  id: string
  published: string
  text: string
  events: {
    type: string
    cameo?: string | null
    actors?: (string | null)[]
    source?: string | null
    target?: string | null
    when?: unknown
    status?: string
    quote: string
  }[]
}

/**
 * A battery of invented news passages (eval/battery, README there): each
 * passage becomes a text opening with its date line, its events the gold.
 */
function batterySet(name: string, files: string[]): EvalSet {
  const dir = join(work, '_battery', name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const gold: Gold = { documents: {}, entities: [], events: [], indicators: [], conflicts: [] }
  const paths: string[] = []
  for (const file of files.filter((f) => existsSync(f))) {
    for (const line of readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())) {
      const item = JSON.parse(line) as BatteryItem
      const base = `${item.id}.txt`
      writeFileSync(join(dir, base), `date ${item.published}\n${item.text}\n`)
      paths.push(join(dir, base))
      gold.documents[base] = { published: item.published }
      item.events.forEach((e, i) => {
        const record = {
          id: `${item.id}-${i}`,
          doc: base,
          type: e.type,
          actors: (e.actors ?? []).filter(Boolean),
          ...(e.source ? { source: e.source } : {}),
          ...(e.target ? { target: e.target } : {}),
          when: e.when ?? null,
          status: e.status ?? 'occurred',
          quote: e.quote,
        }
        gold.events.push(e.cameo ? { ...record, cameo: e.cameo } : record)
      })
    }
  }
  return { name, files: paths.sort(), gold, expected: Object.keys(gold.documents).length }
}

function dyad(...argv: string[]): string {
  return execFileSync(process.execPath, [join(root, 'bin/dyad.js'), ...argv], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
}

type Report = Record<string, Record<string, number>>

function scoreSet(set: EvalSet): Report | null {
  if (set.files.length === 0) return null
  const dir = join(work, set.name)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'texts'), { recursive: true })
  for (const file of set.files) copyFileSync(file, join(dir, 'texts', basename(file)))
  const db = join(dir, 'store.db')
  dyad('ingest', join(dir, 'texts'), '--db', db)
  dyad('export', '--format', 'json', '--db', db, '--out', join(dir, 'export.json'))
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(set.gold, null, 1))
  const out = execFileSync('python3', [join(shared, 'eval/score.py'), '--gold', join(dir, 'gold.json'), '--system', join(dir, 'export.json'), '--json'], {
    encoding: 'utf8',
  })
  const report = JSON.parse(out) as Report
  const when = execFileSync('python3', [join(root, 'scripts/when-share.py'), dir], { encoding: 'utf8' })
  const cameo = execFileSync('python3', [join(root, 'scripts/cameo-share.py'), dir], { encoding: 'utf8' })
  return { ...report, when: JSON.parse(when) as Record<string, number>, cameo: JSON.parse(cameo) as Record<string, number> }
}

if (!args.includes('--no-build')) execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' })

const sets: EvalSet[] = [
  folderSet('seed', join(shared, 'corpus/vietnam-china'), readJson<Gold>(join(shared, 'eval/vietnam-china.gold.json'))),
  folderSet('development', join(root, '.devset'), readJson<Gold>(join(shared, 'eval/dev/gold.json'))),
  ...corpusSets(),
  batterySet(
    'battery',
    ['coop', 'strain', 'train2'].map((n) => join(root, 'eval/battery', `${n}.jsonl`)),
  ),
  batterySet('battery leads', [join(root, 'eval/battery/train3.jsonl')]),
  batterySet('battery held-out', [join(root, 'eval/battery/heldout.jsonl')]),
]

const f = (n: number | undefined) => (n === undefined ? '-' : n.toFixed(2))
const header = [
  'set',
  'docs',
  'events P',
  'R',
  'F1',
  'figures P',
  'R',
  'F1',
  'when',
  'CAMEO root',
  'src/tgt',
  'entities R',
  'dated',
  'coref R',
  'wrong merges',
  'conflicts',
]
const rows: string[][] = []
const reports: Record<string, Report | null> = {}
for (const set of sets) {
  const report = scoreSet(set)
  reports[set.name] = report
  if (!report) {
    rows.push([set.name, `0/${set.expected} texts present`, ...header.slice(2).map(() => '-')])
    continue
  }
  const { events: ev, indicators: ind, entities: ent, documents: doc, coreference: co, conflicts: cf, when, cameo } = report
  rows.push([
    set.name,
    `${set.files.length}/${set.expected}`,
    f(ev!.precision),
    f(ev!.recall),
    f(ev!.f1),
    // A set whose gold has no figures (the batteries) does not score them.
    ind!.gold ? f(ind!.precision) : '-',
    ind!.gold ? f(ind!.recall) : '-',
    ind!.gold ? f(ind!.f1) : '-',
    `${f(when!.share)} (${when!.right}/${when!.found})`,
    cameo!.coded ? `${f(cameo!.root_share)} (${cameo!.root}/${cameo!.coded})` : '-',
    cameo!.directed ? `${f(cameo!.sides_share)} (${cameo!.sides}/${cameo!.directed})` : '-',
    ent!.gold ? f(ent!.recall) : '-',
    `${doc!.dated_correctly}/${doc!.gold}`,
    co!.gold_pairs ? f(co!.pair_recall) : '-',
    String(co!.wrong_merges ?? 0),
    `${cf!.found}/${cf!.gold} (flagged ${cf!.system_conflicts})`,
  ])
}
if (args.includes('--json')) process.stdout.write(`${JSON.stringify(reports, null, 1)}\n`)
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
process.stdout.write([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n') + '\n')
if (keepAt < 0) rmSync(work, { recursive: true, force: true })
