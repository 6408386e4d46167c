/**
 * Case-, diacritic- and punctuation-insensitive form of a name, the same
 * folding the evaluation uses: "Nguyễn Phú Trọng's" -> "nguyen phu trong".
 */
export function foldName(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}+/gu, '')
  s = s.replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
  s = s.replace(/[\u2019']s\b/g, '')
  s = s.replace(/[^a-z0-9]+/g, ' ').trim()
  return s.replace(/^the /, '')
}
