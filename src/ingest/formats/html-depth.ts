// linkedom parses deep nesting in quadratic time (100k nested divs 6.3 s,
// 200k 25 s), before any check on the parsed tree can run. This scan reads
// the tags once, without a DOM, to measure the nesting and, above a limit,
// drop the tags nested deeper (their text stays), so the parser only ever
// sees a page of bounded depth.

// Void elements never nest; elements whose end tag may be left out (<p>,
// <li>, <td>, ...) are not counted either, so a page of unclosed paragraphs
// does not look deep.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp'.split(' '),
)
// Their content is text, not tags.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript'])
const NAME = /[A-Za-z][\w:-]*/y

/** The page's nesting depth by tags, and the page with tags deeper than `limit` dropped (the same string when none are). */
export function limitDepth(html: string, limit: number): { depth: number; html: string } {
  let depth = 0
  let deepest = 0
  const kept: boolean[] = []
  const out: string[] = []
  let copied = 0
  const drop = (from: number, to: number) => {
    out.push(html.slice(copied, from))
    copied = to
  }
  let i = html.indexOf('<')
  while (i >= 0 && i < html.length) {
    let next = i + 1
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4)
      next = end < 0 ? html.length : end + 3
    } else if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i)
      next = end < 0 ? html.length : end + 1
    } else {
      const closing = html[i + 1] === '/'
      NAME.lastIndex = i + (closing ? 2 : 1)
      const name = NAME.exec(html)?.[0].toLowerCase()
      if (name) {
        const end = html.indexOf('>', NAME.lastIndex)
        const tagEnd = end < 0 ? html.length : end + 1
        next = tagEnd
        if (closing) {
          if (!NOT_NESTING.has(name) && kept.length > 0) {
            depth--
            if (!kept.pop()) drop(i, tagEnd)
          }
        } else if (!NOT_NESTING.has(name) && html[tagEnd - 2] !== '/') {
          depth++
          deepest = Math.max(deepest, depth)
          kept.push(depth <= limit)
          if (depth > limit) drop(i, tagEnd)
          if (RAW_TEXT.has(name)) {
            const close = new RegExp(`</${name}`, 'gi')
            close.lastIndex = tagEnd
            next = close.exec(html)?.index ?? html.length
          }
        }
      }
    }
    i = html.indexOf('<', next)
  }
  if (copied === 0) return { depth: deepest, html }
  out.push(html.slice(copied))
  return { depth: deepest, html: out.join('') }
}
