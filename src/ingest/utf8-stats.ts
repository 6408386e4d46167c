/** How many well-formed multi-byte UTF-8 sequences and how many bad bytes. */
export interface Utf8Stats {
  readonly multibyte: number
  readonly invalid: number
}

/**
 * Count well-formed multi-byte sequences and invalid bytes in one linear
 * pass. Legacy 8-bit text almost never forms valid multi-byte sequences by
 * accident, so many valid ones and a few bad bytes mean damaged UTF-8.
 */
export function utf8Stats(b: Uint8Array): Utf8Stats {
  let multibyte = 0
  let invalid = 0
  let i = 0
  while (i < b.length) {
    const c = b[i]
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0
    if (len === 1) {
      i++
      continue
    }
    let ok = len > 0 && i + len <= b.length
    for (let k = 1; ok && k < len; k++) ok = (b[i + k] & 0xc0) === 0x80
    if (ok) {
      multibyte++
      i += len
    } else {
      invalid++
      i++
    }
  }
  return { multibyte, invalid }
}
