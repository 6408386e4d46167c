// A recognizer, refiner or stage that throws is a bug in Dyad: the document
// fails naming the stage and the rule (bug:<stage>/<rule>), never as a bad
// file or a store failure, and the other documents are stored.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import { openStore } from '../../src/app/store.js'
import { CodeError } from '../../src/pipeline/crash.js'
import { ENTITY_READERS, ENTITY_REFINERS } from '../../src/entities/config.js'
import { MENTION_REFINERS } from '../../src/indicators/config.js'
import { recognize, type Recognizer, type Refiner } from '../../src/pipeline/recognizer.js'
import { processDocument, runStages, type ProcessInput } from '../../src/pipeline/run.js'
import { createContext } from '../../src/pipeline/context.js'
import type { Stage } from '../../src/pipeline/stage.js'

const TEXT = 'Chile and Peru signed a fisheries accord in Lima on 3 April 2024. Talks on a rail link go on in June.'

/** A recognizer that throws on its third match: a code bug that only some texts reach. */
const fragile: Recognizer<string> = {
  name: 'fragile-word',
  pattern: () => /\b[A-Z][a-z]+\b/g,
  extract: (_ctx, m) => {
    if (m.index > 40) throw new TypeError("Cannot read properties of undefined (reading 'start')")
    return m[0]
  },
}
const breakingRefiner: Refiner<string> = {
  name: 'merge-words',
  refine: () => {
    throw new RangeError('Invalid array length')
  },
}
const stage = (name: string, run: Stage['run']): Stage => ({ name, run })

/** The CodeError `run` throws (the test fails when it throws nothing or something else). */
function thrown(run: () => void): CodeError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(CodeError)
    return error as CodeError
  }
  throw new Error('expected a CodeError, nothing was thrown')
}

describe('a crash inside the pipeline is reported as a code error', () => {
  it('names the stage and the recognizer that threw', () => {
    const ctx = createContext({ docId: 'd', source: 's.txt', text: TEXT })
    const stages = [stage('text', () => {}), stage('orgs', (c) => void recognize(c, [fragile]))]
    const e = thrown(() => runStages(ctx, stages))
    expect([e.stage, e.rule, e.ruleId]).toEqual(['orgs', 'fragile-word', 'bug:orgs/fragile-word'])
    expect(e.message).toBe(
      `a bug in Dyad, not a problem with this document: the orgs stage, rule fragile-word threw "Cannot read properties of undefined (reading 'start')" (please report it with the document)`,
    )
  })

  it('names a refiner, and a stage that throws outside any rule', () => {
    const ctx = createContext({ docId: 'd', source: 's.txt', text: TEXT })
    const refiner = thrown(() => runStages(ctx, [stage('places', (c) => void recognize(c, [], [breakingRefiner]))]))
    expect(refiner.ruleId).toBe('bug:places/merge-words')
    expect(refiner.message).toContain('the places stage, rule merge-words threw "Invalid array length"')
    expect(thrown(() => runStages(ctx, [stage('figures', () => JSON.parse('{'))])).ruleId).toBe('bug:figures')
  })

  it('names the rule of an entity reader, an entity refiner and a figure-mention refiner, which their stages run themselves', () => {
    const input = {
      docId: 'd',
      source: 's.txt',
      text: 'Chile and Peru signed a fisheries accord in Lima on 3 April 2024. Their trade reached $5.2 billion in 2023.',
    }
    const boom = () => {
      throw new TypeError('x is undefined')
    }
    const reader = ENTITY_READERS.find((r) => r.kind === 'country')!
    const cases = [
      { expected: `bug:entities/${reader.name}`, spy: () => vi.spyOn(reader, 'extract').mockImplementation(boom) },
      { expected: `bug:entities/${ENTITY_REFINERS[0]!.name}`, spy: () => vi.spyOn(ENTITY_REFINERS[0]!, 'refine').mockImplementation(boom) },
      { expected: `bug:indicators/${MENTION_REFINERS[0]!.name}`, spy: () => vi.spyOn(MENTION_REFINERS[0]!, 'refine').mockImplementation(boom) },
    ]
    for (const { expected, spy } of cases) {
      const breaking = spy()
      try {
        expect(thrown(() => processDocument(input)).ruleId).toBe(expected)
        expect(breaking).toHaveBeenCalled()
      } finally {
        breaking.mockRestore()
      }
    }
  })

  it('fails only that document in an ingest, with the bug rule, and stores the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-bug-'))
    const store = await openStore(join(dir, 'store.db'))
    try {
      const crashing = (input: ProcessInput) => processDocument(input, [stage('events', (c) => void recognize(c, [fragile]))])
      const docs = [
        { source: 'short.txt', text: 'Chile and Peru met.' },
        { source: 'long.txt', text: TEXT },
      ]
      const report = await ingestItems(
        store,
        docs.map((doc) => ({ ok: true as const, doc: { ...doc, meta: {}, diagnostics: [] } })),
        { process: crashing },
      )
      expect(report.new).toBe(1)
      expect(report.failures).toEqual([
        {
          source: 'long.txt',
          ruleId: 'bug:events/fragile-word',
          reason: expect.stringMatching(/^a bug in Dyad, not a problem with this document: the events stage, rule fragile-word threw/),
        },
      ])
    } finally {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
