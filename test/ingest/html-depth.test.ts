// 200k nested <div>s took linkedom 25 s to parse before the depth check on
// the parsed tree could run; the depth is now measured on the tags first
// and the page flattened below a limit, so the parser never sees it deep.
import { describe, expect, it } from 'vitest'
import { limitDepth } from '../../src/ingest/formats/html-depth.js'
import { readString } from '../../src/ingest/read.js'
import { ENGLISH } from './helpers.js'

describe('HTML depth measured before parsing', () => {
  it('counts nesting by tags, not void elements, unclosed paragraphs, comments or script text', () => {
    expect(limitDepth('<div><div><span>a</span></div></div>', 10).depth).toBe(3)
    expect(limitDepth('<div>' + '<p>a'.repeat(50) + '<br><img src=x><hr/></div>', 10).depth).toBe(1)
    expect(limitDepth('<div><!-- <div><div> --><script>if (a<b) "<div><div>"</script></div>', 10).depth).toBe(2)
    expect(limitDepth('<DIV><Div></div></DIV>', 10).depth).toBe(2)
  })

  it('leaves a page within the limit as it is', () => {
    const html = '<html><body><div><p>text</p></div></body></html>'
    expect(limitDepth(html, 10).html).toBe(html)
  })

  it('drops the tags nested below the limit and keeps their text', () => {
    const r = limitDepth('<div><div><div><b>deep</b> text</div></div></div>', 2)
    expect(r.depth).toBe(4)
    expect(r.html).toBe('<div><div>deep text</div></div>')
  })

  it('reads a page of 200,000 nested divs flattened, with a warning naming the depth', async () => {
    const html = `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(200_000)}<p>${ENGLISH}</p>${'</div>'.repeat(200_000)}</body></html>`
    const [item] = await readString({ text: html, source: 'deep.html', format: 'html' })
    expect(item.ok).toBe(true)
    if (!item.ok) return
    expect(item.doc.text).toContain(ENGLISH.slice(0, 40))
    const flattened = item.doc.diagnostics.find((d) => d.ruleId === 'ingest:html-flattened')
    expect(flattened?.reason).toMatch(/nested 200002 levels deep by its tags \(over 1000\)/)
  })
})
