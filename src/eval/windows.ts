/**
 * Where a gold quote sits: the sentence around each occurrence, in code
 * points as score.py (Python strings) counts them.
 */
export type Window = readonly [number, number]

/** Code-point index of a UTF-16 index. */
function cp(text: string, index: number): number {
  let n = 0
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++
    n++
  }
  return n
}

/** UTF-16 index of a code-point index. */
function utf16(text: string, index: number): number {
  let i = 0
  for (let n = 0; n < index && i < text.length; n++) {
    const c = text.charCodeAt(i)
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1
  }
  return i
}

/** score.py `sentence_window`, on code-point offsets. */
function sentenceWindow(text: string, start: number, end: number): Window {
  const s16 = utf16(text, start)
  const e16 = utf16(text, end)
  let left = -1
  for (const ch of '.!?\n') left = Math.max(left, s16 > 0 ? text.lastIndexOf(ch, s16 - 1) : -1)
  const rights = [...'.!?\n'].map((ch) => text.indexOf(ch, e16)).filter((r) => r !== -1)
  const leftCp = left === -1 ? -1 : cp(text, left)
  return [leftCp + 1, rights.length ? cp(text, Math.min(...rights)) + 1 : cp(text, text.length)]
}

/** score.py `quote_windows`: every occurrence, raw first, then NFC-normalized. */
export function quoteWindows(text: string, quote: string): Window[] {
  const found: Window[] = []
  for (const [hay, needle] of [
    [text, quote],
    [text.normalize('NFC'), quote.normalize('NFC')],
  ]) {
    let at = hay.indexOf(needle)
    while (at >= 0) {
      const start = cp(hay, at)
      const end = start + [...needle].length
      found.push(sentenceWindow(text, start, end))
      at = hay.indexOf(needle, at + 1)
    }
    if (found.length) break
  }
  return found
}

export function inWindows(span: Window | null, windows: readonly Window[] | undefined): boolean {
  return span !== null && (windows ?? []).some((w) => span[0] < w[1] && w[0] < span[1])
}
