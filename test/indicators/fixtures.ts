// Test scaffolding: a context with sentences from the real text stage and
// entity mentions from a small gazetteer, so the indicators stage can be
// tested on its own while the entity and time stages are built elsewhere.
import type { Country } from 'world-countries'
import worldCountries from 'world-countries'
import type { Entity, EntityMention, EntityType, Published } from '../../src/model/types.js'
import { createContext, type PipelineContext } from '../../src/pipeline/context.js'
import { textStage } from '../../src/text/stage.js'
import { foldName } from '../../src/util/fold.js'

export type Extra = readonly [surface: string, type: EntityType, key: string, country?: string]

const COUNTRIES = worldCountries as unknown as Country[]

function gazetteer(): Extra[] {
  const out: Extra[] = []
  for (const c of COUNTRIES) {
    const key = `country:${c.cca2}`
    out.push([c.name.common, 'country', key])
    const demonym = c.demonyms?.eng?.m
    if (demonym) out.push([demonym, 'country', key])
  }
  out.push(['Việt Nam', 'country', 'country:VN'], ['UAE', 'country', 'country:AE'], ['Saudi', 'country', 'country:SA'])
  out.push(['the two countries', 'group', 'group:the two countries'], ['both countries', 'group', 'group:both countries'])
  out.push(['the two sides', 'group', 'group:the two sides'], ['the two parties', 'group', 'group:the two parties'])
  return out
}

const BASE = gazetteer()

export interface FixtureOptions {
  reference?: string | null
  published?: Published | null
  entities?: readonly Extra[]
}

/** A context over `text` with sentences, tokens, a reference day and entity mentions. */
export function makeContext(text: string, options: FixtureOptions = {}): PipelineContext {
  const ctx = createContext({ docId: 'd-test', source: 'test.txt', text })
  textStage.run(ctx)
  ctx.reference = options.reference === undefined ? '2023-12-10' : options.reference
  ctx.published = options.published ?? (ctx.reference ? { start: ctx.reference, end: ctx.reference, basis: 'stated' } : null)
  const entries = [...(options.entities ?? []), ...BASE].sort((a, b) => b[0].length - a[0].length)
  const taken: boolean[] = new Array(text.length).fill(false)
  const mentions: EntityMention[] = []
  for (const [surface, type, key, country] of entries) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null) {
      const start = m.index
      const end = start + m[0].length
      if (taken.slice(start, end).some(Boolean)) continue
      for (let i = start; i < end; i++) taken[i] = true
      mentions.push({ kind: 'entity', span: { start, end }, text: m[0], type, key, name: surface, country: country ?? null, ruleId: 'test:gazetteer' })
    }
  }
  // Countries inside an organization's name are still mentions of their own, as an entity stage would report.
  ctx.entities = mentions.sort((a, b) => a.span.start - b.span.start)
  const actors = new Map<string, Entity>()
  for (const e of ctx.entities) {
    const a = actors.get(e.key)
    if (a) (a.aliases as string[]).push(e.text)
    else actors.set(e.key, { key: e.key, name: displayName(e), type: e.type, aliases: [e.text], roles: [] })
  }
  ctx.actors = [...actors.values()]
  return ctx
}

function displayName(e: EntityMention): string {
  if (e.type === 'country') {
    const c = COUNTRIES.find((x) => `country:${x.cca2}` === e.key)
    if (c) return c.name.common
  }
  return e.name
}

export { foldName }
