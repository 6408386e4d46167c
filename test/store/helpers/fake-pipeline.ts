// A small deterministic stand-in for the pipeline, so store tests control
// exactly which records a document yields (the real pipeline is tested by
// its own stages and by the corpus tests).
import type { Entity, EntityMention, EventMention, Extraction, IndicatorMention, TimeMention } from '../../../src/model/types.js'
import type { ProcessInput } from '../../../src/pipeline/run.js'
import { foldName } from '../../../src/util/fold.js'

const COUNTRIES: Record<string, string> = { Japan: 'JP', Australia: 'AU', Kenya: 'KE', Ethiopia: 'ET' }
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** Countries, "Minister First Last" people, "visited" events dated "on D Month YYYY", "$N billion" trade figures. */
export function fakeProcess(input: ProcessInput): Extraction {
  const { text, docId } = input
  const entities: EntityMention[] = []
  const actors = new Map<string, Entity>()
  for (const m of text.matchAll(/\b(Japan|Australia|Kenya|Ethiopia)\b/g)) {
    const key = `country:${COUNTRIES[m[1]]}`
    entities.push({ kind: 'entity', span: { start: m.index!, end: m.index! + m[1].length }, text: m[1], type: 'country', key, name: m[1], country: COUNTRIES[m[1]], ruleId: 'fake:country' })
    if (!actors.has(key)) actors.set(key, { key, name: m[1], type: 'country', aliases: [m[1]], country: COUNTRIES[m[1]], roles: [] })
  }
  for (const m of text.matchAll(/\b(Prime Minister|Foreign Minister|President) ((?:[A-Z][a-z]+ )?[A-Z][a-z]+)\b/g)) {
    const start = m.index! + m[1].length + 1
    const key = `person:${foldName(m[2])}`
    entities.push({ kind: 'entity', span: { start, end: start + m[2].length }, text: m[2], type: 'person', key, name: m[2], ruleId: 'fake:person' })
    const role = { title: m[1], doc: docId, span: { start: m.index!, end: start + m[2].length } }
    const known = actors.get(key)
    actors.set(key, known ? { ...known, roles: [...known.roles, role] } : { key, name: m[2], type: 'person', aliases: [m[2]], roles: [role] })
  }
  const times: TimeMention[] = []
  for (const m of text.matchAll(/\bon (\d{1,2}) ([A-Z][a-z]+) (\d{4})\b/g)) {
    const month = MONTHS.indexOf(m[2]) + 1
    if (month === 0) continue
    const day = `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`
    times.push({ kind: 'time', span: { start: m.index! + 3, end: m.index! + m[0].length }, text: m[0].slice(3), value: { start: day, end: day, granularity: 'day' }, ruleId: 'fake:date' })
  }
  const events: EventMention[] = []
  const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
  for (const s of sentences) {
    const trigger = /\b(visited|will visit)\b/.exec(text.slice(s.start, s.end))
    if (!trigger) continue
    const inside = (x: { span: { start: number } }) => x.span.start >= s.start && x.span.start < s.end
    const who = entities.filter(inside)
    const when = times.find(inside)?.value ?? null
    events.push({
      kind: 'event', type: 'visit', cameo: '042', plover: 'CONSULT',
      actors: [...new Set(who.filter((w) => w.type === 'person' || w === who[0]).map((w) => w.key))],
      host: who.filter((w) => w.type === 'country').at(-1)?.key ?? null,
      when, status: trigger[1] === 'visited' ? 'occurred' : 'planned', count: null,
      span: s, trigger: { start: s.start + trigger.index, end: s.start + trigger.index + trigger[1].length }, ruleId: 'fake:visit',
    })
  }
  const indicators: IndicatorMention[] = []
  for (const m of text.matchAll(/\$(\d+(?:\.\d+)?) billion in (\d{4})/g)) {
    indicators.push({
      kind: 'indicator', indicator: 'trade_turnover', subject: entities[0]?.key ?? null, counterpart: entities.find((e) => e.key !== entities[0]?.key && e.type === 'country')?.key ?? null,
      scope: null, value: Math.round(Number(m[1]) * 1e9), unit: 'USD', bound: 'exact', period: { start: `${m[2]}-01-01`, end: `${m[2]}-12-31` }, source: null,
      span: { start: m.index!, end: m.index! + m[0].length }, ruleId: 'fake:trade',
    })
  }
  const published = times[0]?.value ? { start: times[0].value.start, end: times[0].value.end, basis: 'stated' as const } : null
  return { published, language: 'en', sentences: [], times, entities, actors: [...actors.values()], events, indicators, diagnostics: [] }
}
