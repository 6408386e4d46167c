import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collect, docs, failures, FIXTURES } from './helpers.js'

describe('JSON Lines', () => {
  it('yields one document per good line and a failure naming file and line for each bad one', async () => {
    const file = join(FIXTURES, 'records.jsonl')
    const items = await collect([file])
    expect(items.map((i) => i.ok)).toEqual([true, false, true, false, false])
    expect(docs(items)[0]).toEqual({
      source: 'https://example.org/peru-bolivia',
      text: 'Peru and Bolivia opened a new passenger port on Lake Titicaca on Sunday, the first joint project of its kind in a decade.',
      meta: { title: 'Peru and Bolivia open new lake port', url: 'https://example.org/peru-bolivia', statedDate: '2024-02-11' },
      diagnostics: [],
    })
    // Without a URL the line names the document.
    expect(docs(items)[1].source).toBe(`${file}#L4`)
    expect(docs(items)[1].meta.statedDate).toBe('2024-02-13')
    const bad = failures(items)
    expect(bad.map((f) => f.ruleId)).toEqual(['ingest:jsonl-invalid', 'ingest:jsonl-syntax', 'ingest:jsonl-invalid'])
    expect(bad[0].reason).toMatch(new RegExp(`^${file.replace(/[.]/g, '\\.')} line 2: text: `))
    expect(bad[1].reason).toContain('line 5: not valid JSON')
    expect(bad[2].reason).toMatch(/line 6: url: Invalid URL/)
  })
})
