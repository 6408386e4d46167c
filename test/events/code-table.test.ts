import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emittedCodeKeys, RECOGNIZER_CODES, renderCodeTable } from '../../src/events/code-table.js'
import { EVENT_CODES } from '../../src/events/codes.js'
import { EVENT_RECOGNIZERS } from '../../src/events/config.js'
import { LEXICON } from '../../src/events/lexicon/entries.js'

const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
]

describe('the table of codes Dyad emits', () => {
  it('has a code for every lexicon entry and every recognizer code', () => {
    const keys = [...LEXICON.map((e) => (e.subtype ? `${e.type}.${e.subtype}` : e.type)), ...Object.keys(RECOGNIZER_CODES)]
    expect(keys.filter((k) => !(k in EVENT_CODES))).toEqual([])
  })

  it('emits every CAMEO root from 01 to 20 and every PLOVER event type', () => {
    const emitted = emittedCodeKeys().map((k) => EVENT_CODES[k]!)
    const roots = new Set(emitted.map((c) => c.cameo.slice(0, 2)))
    const missing = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')).filter((r) => !roots.has(r))
    expect(missing).toEqual([])
    expect(PLOVER_TYPES.filter((t) => !emitted.some((c) => c.plover === t))).toEqual([])
  })

  it('is the table in docs/event-codes.md (run scripts/event-codes-table.ts after a change)', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/event-codes.md'), 'utf8')
    expect(doc).toContain(renderCodeTable())
  })
})

describe('the recognizers the table names', () => {
  // The lexicon's entries say their codes themselves.
  const SAYS_ITS_OWN = new Set(['lexicon-verb'])

  it('names every recognizer the events stage runs, and only those', () => {
    const named = new Set(Object.values(RECOGNIZER_CODES).flatMap((names) => names.map((n) => n.split(' ')[0]!)))
    const run = EVENT_RECOGNIZERS.map((r) => r.name).filter((n) => !SAYS_ITS_OWN.has(n))
    expect(run.filter((n) => !named.has(n))).toEqual([])
    expect([...named].filter((n) => !SAYS_ITS_OWN.has(n) && !run.includes(n))).toEqual([])
  })
})
