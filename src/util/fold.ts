/**
 * Case-, diacritic- and punctuation-insensitive form of a name, the same
 * folding the evaluation uses: "Nguyễn Phú Trọng's" -> "nguyen phu trong".
 */
export function foldName(name: string): string {
  if (name.length > MAX_REMEMBERED_LENGTH) return fold(name)
  let folded = FOLDED.get(name)
  if (folded === undefined) {
    folded = fold(name)
    // News repeats its names, and each is folded by several rules: a pure
    // function of the string, remembered (bounded, so memory stays flat).
    if (FOLDED.size >= MAX_REMEMBERED) FOLDED.clear()
    FOLDED.set(name, folded)
  }
  return folded
}

const FOLDED = new Map<string, string>()
const MAX_REMEMBERED = 50_000
const MAX_REMEMBERED_LENGTH = 200

function fold(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}+/gu, '')
  s = s.replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
  s = s.replace(/[\u2019']s\b/g, '')
  s = s.replace(/[^a-z0-9]+/g, ' ').trim()
  return s.replace(/^the /, '')
}
