import type { EntityMention, EntityType, Role } from '../../src/model/types.js'
import { createContext, type PipelineContext } from '../../src/pipeline/context.js'
import { textStage } from '../../src/text/stage.js'
import { timeStage } from '../../src/time/stage.js'
import { eventStage } from '../../src/events/stage.js'
import { foldName } from '../../src/util/fold.js'

/** One name the fake entity layer marks: surface forms, kind, country, titles. */
export interface FakeEntity {
  key: string
  type: EntityType
  names: string[]
  country?: string
  titles?: string[]
}

export const person = (name: string, country: string, titles: string[] = [], more: string[] = []): FakeEntity => ({
  key: `person:${foldName(name)}`,
  type: 'person',
  names: [name, ...more],
  country,
  titles,
})
export const country = (code: string, ...names: string[]): FakeEntity => ({ key: `country:${code}`, type: 'country', names, country: code })
export const place = (name: string, code: string): FakeEntity => ({ key: `place:${foldName(name)}`, type: 'place', names: [name], country: code })
export const org = (name: string, code: string | undefined, type: EntityType = 'organization', more: string[] = []): FakeEntity => ({
  key: `org:${foldName(name)}`,
  type,
  names: [name, ...more],
  country: code,
})

/**
 * A context as the events stage sees it: the real text and time stages,
 * then entity mentions marked by exact names (standing in for the entities
 * stage, so these tests only exercise the events code).
 */
export function contextFor(text: string, entities: FakeEntity[], statedDate?: string): PipelineContext {
  const ctx = createContext({ docId: 'd1', source: 't.txt', text, meta: statedDate ? { statedDate } : {} })
  textStage.run(ctx)
  timeStage.run(ctx)
  const mentions: EntityMention[] = []
  const taken: boolean[] = new Array(text.length).fill(false)
  const forms = entities.flatMap((e) => e.names.map((n) => ({ e, n }))).sort((a, b) => b.n.length - a.n.length)
  for (const { e, n } of forms) {
    const re = new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g')
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null) {
      const start = m.index
      const end = start + n.length
      if (taken.slice(start, end).some(Boolean)) continue
      for (let i = start; i < end; i++) taken[i] = true
      mentions.push({ kind: 'entity', span: { start, end }, text: n, type: e.type, key: e.key, name: e.names[0], country: e.country ?? null, ruleId: 'test' })
    }
  }
  ctx.entities = mentions.sort((a, b) => a.span.start - b.span.start)
  ctx.actors = entities.map((e) => ({
    key: e.key,
    name: e.names[0],
    type: e.type,
    aliases: e.names,
    country: e.country ?? null,
    roles: (e.titles ?? []).map((title): Role => ({ title, doc: 'd1', span: { start: 0, end: 0 }, country: e.country ?? null })),
  }))
  return ctx
}

/** Run the events stage on a fake-entity context and return its events. */
export function eventsOf(text: string, entities: FakeEntity[], statedDate?: string) {
  const ctx = contextFor(text, entities, statedDate)
  eventStage.run(ctx)
  return ctx.events
}
