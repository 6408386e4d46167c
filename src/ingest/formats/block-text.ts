// Elements whose text is never article text.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'button', 'select', 'textarea', 'head'])
// Elements that start and end a paragraph.
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'body',
  'html',
])

// Class or id words of advertising and sharing widgets that Readability keeps
// inside article bodies ("Advertisement", "Share on ...").
export const BOILERPLATE = /(^|[\s_-])(ad|ads|advert\w*|advertisement|sponsor\w*|promo|newsletter|share|sharing|social)([\s_-]|$)/i

interface MinimalNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly textContent: string | null
  readonly childNodes: ArrayLike<MinimalNode>
  getAttribute?(name: string): string | null
}

/**
 * The text of a DOM subtree with one blank line between paragraphs (block
 * elements), so sentence splitting sees where paragraphs end. Walks with an
 * explicit stack: deeply nested markup cannot overflow the call stack.
 * `skip` names extra elements to leave out (e.g. navigation in a fallback).
 */
export function blockText(root: MinimalNode, skip: ReadonlySet<string> = new Set()): string {
  const paragraphs: string[] = []
  let line = ''
  // Two or more <br> in a row are how much markup separates paragraphs.
  const flush = (): void => {
    const text = line.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n')
    for (const part of text.split(/\n{2,}/)) if (part.trim()) paragraphs.push(part.trim())
    line = ''
  }
  // `null` marks the end of a block element.
  const stack: (MinimalNode | null)[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null) {
      flush()
      continue
    }
    if (node === undefined) break
    if (node.nodeType === 3) {
      line += (node.textContent ?? '').replace(/\s+/g, ' ')
      continue
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue
    const name = node.nodeName.toLowerCase()
    if (SKIP.has(name) || skip.has(name) || isBoilerplate(node)) continue
    if (name === 'br') {
      line += '\n'
      continue
    }
    const block = BLOCK.has(name)
    if (block) {
      flush()
      stack.push(null)
    }
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
  }
  flush()
  return paragraphs.join('\n\n')
}

/** True for an element whose class or id names an ad, sharing or promotion widget. */
export function isBoilerplate(node: MinimalNode): boolean {
  if (node.nodeType !== 1 || !node.getAttribute) return false
  const words = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`
  return words.trim() !== '' && BOILERPLATE.test(words)
}

/** How deep the element tree under `root` goes and how many elements it has, counted without recursion. */
export function treeShape(root: MinimalNode): { depth: number; elements: number } {
  let max = 0
  let elements = 0
  const stack: [MinimalNode, number][] = [[root, 0]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [MinimalNode, number]
    if (depth > max) max = depth
    const children = node.childNodes
    for (let i = 0; i < children.length; i++) {
      if (children[i].nodeType !== 1) continue
      elements++
      stack.push([children[i], depth + 1])
    }
  }
  return { depth: max, elements }
}
