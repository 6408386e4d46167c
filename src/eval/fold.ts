/**
 * The scorer's name folding (score.py `fold`), kept here rather than shared
 * with src/util so the port stays faithful to the scorer even when the
 * pipeline's own folding evolves.
 */
export function scoreFold(name: unknown): string {
  let s = String(name).normalize('NFKD')
  s = [...s].filter((c) => !/\p{M}/u.test(c)).join('')
  s = s.replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
  s = s.replace(/[\u2019']s(?![\p{L}\p{N}_])/gu, '')
  s = s.replace(/[^a-z0-9]+/g, ' ').trim()
  return s.replace(/^the /, '')
}
