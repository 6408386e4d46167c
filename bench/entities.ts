// Named entities: Dyad against compromise (people, places, organizations) and
// wink-nlp's named entities, scored on the seed gold's entity list the way
// score.py scores entities (folded names and aliases). Run alone with
//   node --import tsx bench/entities.ts [corpus-folder gold.json]
import nlp from 'compromise'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'
import { entityStage } from '../src/entities/stage.js'
import { createContext } from '../src/pipeline/context.js'
import { runStages } from '../src/pipeline/run.js'
import { resolveEntities } from '../src/resolve/entities.js'
import { textStage } from '../src/text/stage.js'
import { timeStage } from '../src/time/stage.js'
import { foldName } from '../src/util/fold.js'
import { contentHash, documentId } from '../src/util/ids.js'

export interface SystemEntityScore {
  /** Gold entities found (any folded name or alias equal). */
  readonly found: number
  readonly recall: number
  /** Distinct system entities reported, and the share that name a gold entity. */
  readonly reported: number
  readonly precision: number
  /** Milliseconds for the whole corpus (Dyad: the entities stage alone). */
  readonly ms: number
}

export interface EntityBenchmark {
  readonly corpus: string
  readonly documents: number
  readonly gold: number
  readonly dyad: SystemEntityScore
  readonly compromise: SystemEntityScore
  readonly wink: SystemEntityScore
}

interface GoldEntity {
  readonly name: string
  readonly aliases?: readonly string[]
}

const HERE = fileURLToPath(new URL('.', import.meta.url))
const SEED_CORPUS = join(HERE, '../../shared/corpus/vietnam-china')
const SEED_GOLD = join(HERE, '../../shared/eval/vietnam-china.gold.json')

/**
 * Entity recall and precision of Dyad, compromise and wink-nlp on one
 * annotated corpus (default: the seed articles), in one run. A system
 * entity is a set of folded names (Dyad: a resolved entity with its
 * aliases; the others: one distinct extracted string).
 */
export async function entityBenchmark(corpus = SEED_CORPUS, goldPath = SEED_GOLD): Promise<EntityBenchmark> {
  const gold = (JSON.parse(readFileSync(goldPath, 'utf8')) as { entities: GoldEntity[] }).entities
  const goldNames = gold.map((g) => new Set([g.name, ...(g.aliases ?? [])].map(foldName)))
  const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()
  const texts = files.map((f) => readFileSync(join(corpus, f), 'utf8'))

  // Dyad's time is the entities stage alone: text and time stages run first, untimed.
  let stageMs = 0
  const docs = texts.map((text, i) => {
    const id = documentId(contentHash(text))
    const ctx = createContext({ docId: id, source: files[i], text })
    runStages(ctx, [textStage, timeStage])
    const t0 = performance.now()
    entityStage.run(ctx)
    stageMs += performance.now() - t0
    return { doc: id, actors: ctx.actors }
  })
  // Entities resolved across documents, as the store and its export have them.
  const exported = resolveEntities(docs).entities.map((e) => new Set([e.name, ...e.aliases].map(foldName)))
  const dyad = score(goldNames, exported, stageMs)

  let t = performance.now()
  const fromCompromise = new Set<string>()
  for (const text of texts) {
    const doc = nlp(text)
    for (const list of [doc.people(), doc.places(), doc.organizations()])
      for (const s of list.out('array') as string[]) fromCompromise.add(foldName(s))
  }
  const compromise = score(goldNames, [...fromCompromise].filter(Boolean).map((s) => new Set([s])), performance.now() - t)

  t = performance.now()
  const wink = winkNLP(model as any)
  const fromWink = new Set<string>()
  for (const text of texts) {
    const detail = wink.readDoc(text).entities().out(wink.its.detail) as unknown as { value: string; type: string }[]
    for (const e of detail) fromWink.add(foldName(e.value))
  }
  const winkScore = score(goldNames, [...fromWink].filter(Boolean).map((s) => new Set([s])), performance.now() - t)

  return { corpus, documents: files.length, gold: gold.length, dyad, compromise, wink: winkScore }
}

function score(gold: readonly Set<string>[], system: readonly Set<string>[], ms: number): SystemEntityScore {
  const all = new Set<string>()
  for (const s of system) for (const n of s) all.add(n)
  const found = gold.filter((g) => [...g].some((n) => all.has(n))).length
  const goldAll = new Set<string>()
  for (const g of gold) for (const n of g) goldAll.add(n)
  const matching = system.filter((s) => [...s].some((n) => goldAll.has(n))).length
  const round = (x: number) => Math.round(x * 1000) / 1000
  return {
    found,
    recall: round(gold.length ? found / gold.length : 1),
    reported: system.length,
    precision: round(system.length ? matching / system.length : 1),
    ms: Math.round(ms),
  }
}

function line(name: string, s: SystemEntityScore): string {
  return `${name.padEnd(11)} recall ${s.recall.toFixed(3)} (${s.found})  precision ${s.precision.toFixed(3)} of ${s.reported}  ${s.ms} ms`
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const [corpus, gold] = process.argv.slice(2)
  if (corpus && !existsSync(corpus)) throw new Error(`no corpus folder ${corpus}`)
  const r = await entityBenchmark(corpus ?? SEED_CORPUS, gold ?? SEED_GOLD)
  process.stdout.write(`entities on ${r.documents} documents, ${r.gold} gold entities\n`)
  process.stdout.write(`${line('dyad', r.dyad)}\n${line('compromise', r.compromise)}\n${line('wink-nlp', r.wink)}\n`)
}
