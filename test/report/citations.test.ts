// A brief's citation markers follow the Sources list: ascending, each once.
import { describe, expect, it } from 'vitest'
import type { BriefData } from '../../src/report/data.js'
import { citer } from '../../src/report/sections.js'

describe('citation markers', () => {
  const data = { documents: [{ id: 'doc-a' }, { id: 'doc-b' }, { id: 'doc-c' }] } as unknown as BriefData
  const markers = (html: string) => [...html.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]))

  it('orders several sources by their number and names each once', () => {
    const cite = citer(data)
    expect(markers(cite(['doc-c', 'doc-a', 'doc-c', 'doc-b']))).toEqual([1, 2, 3])
    expect(cite('doc-b')).toBe('<a class="ref" href="#src-2">[2]</a>')
  })

  it('leaves out a document the sources do not list', () => {
    expect(citer(data)(['doc-x', 'doc-b'])).toBe('<a class="ref" href="#src-2">[2]</a>')
    expect(citer(data)('doc-x')).toBe('')
  })
})
