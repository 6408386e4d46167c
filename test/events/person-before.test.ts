import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { personBefore } from '../../src/events/actors.js'
import { docIndex } from '../../src/events/doc-index.js'
import { entityStage } from '../../src/entities/stage.js'
import { createContext } from '../../src/pipeline/context.js'
import { runStages } from '../../src/pipeline/run.js'
import { textStage } from '../../src/text/stage.js'
import { timeStage } from '../../src/time/stage.js'

// personBefore answers from a per-document index (person mentions by where
// they end); it must name who a scan back through the document's mentions
// names, at every offset of a long text made of the battery's passages.
const BATTERY = join(import.meta.dirname, '../../eval/battery')

function scanBack(list: readonly { type: string; key: string; span: { end: number } }[], offset: number): string | null {
  for (let i = list.length - 1; i >= 0; i--) if (list[i].span.end <= offset && list[i].type === 'person') return list[i].key
  return null
}

describe('personBefore', () => {
  it('names the person a scan of every mention names, at every offset', () => {
    const passages = readFileSync(join(BATTERY, 'strain.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text)
    const text = passages.join('\n\n')
    const ctx = createContext({ docId: 'd', source: 'strain.txt', text })
    runStages(ctx, [textStage, timeStage, entityStage])
    const list = docIndex(ctx).entities
    expect(list.filter((m) => m.type === 'person').length).toBeGreaterThan(40)
    // Offsets at every mention's edges and between them.
    const offsets = new Set<number>([0, text.length])
    for (const m of list) for (const at of [m.span.start - 1, m.span.start, m.span.end - 1, m.span.end, m.span.end + 1]) offsets.add(at)
    for (let at = 0; at < text.length; at += 97) offsets.add(at)
    for (const at of offsets) expect(personBefore(ctx, at)).toBe(scanBack(list, at))
  }, 60_000)
})
