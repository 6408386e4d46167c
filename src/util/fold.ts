import { rememberedByString } from './memo.js'

/**
 * Case-, diacritic- and punctuation-insensitive form of a name, the same
 * folding the evaluation uses: "Nguyễn Phú Trọng's" -> "nguyen phu trong".
 */
export function foldName(name: string): string {
  return name.length > MAX_REMEMBERED_LENGTH ? fold(name) : folded(name)
}

// News repeats its names, and each is folded by several rules: remembered (util/memo).
const folded = rememberedByString(fold)
const MAX_REMEMBERED_LENGTH = 200

function fold(name: string): string {
  let s = name.normalize('NFKD').replace(/\p{M}+/gu, '')
  s = s.replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
  s = s.replace(/[\u2019']s\b/g, '')
  s = s.replace(/[^a-z0-9]+/g, ' ').trim()
  return s.replace(/^the /, '')
}
