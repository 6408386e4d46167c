import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { decodeBytes } from '../../src/ingest/decode.js'
import { collect, docs, ENGLISH, failures, tempDir } from './helpers.js'

const ACCENTED = 'The delegation from Curaçao and the minister from Côte d’Ivoire praised the café owners of São Tomé for their hospitality during the summit. '.repeat(2)

describe('encodings', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeEach(async () => ({ dir, cleanup } = await tempDir()))
  afterEach(async () => cleanup())

  async function readOne(name: string, bytes: Uint8Array, languages?: string[]) {
    await writeFile(join(dir, name), bytes)
    return collect([join(dir, name)], languages ? { languages } : {})
  }

  it('strips a UTF-8 byte order mark and normalizes CRLF line ends', async () => {
    const items = await readOne('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${ENGLISH}\r\nSecond line.\r\n`)]))
    expect(docs(items)[0].text).toBe(`${ENGLISH}\nSecond line.\n`)
    expect(docs(items)[0].diagnostics).toEqual([])
  })

  it('reads UTF-16LE and UTF-16BE with a byte order mark', async () => {
    const le = await readOne('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ACCENTED, 'utf-16le')]))
    const be = await readOne('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ACCENTED, 'utf-16be')]))
    expect(docs(le)[0].text).toBe(ACCENTED)
    expect(docs(be)[0].text).toBe(ACCENTED)
  })

  it('recognizes UTF-16LE without a byte order mark and says so', async () => {
    const items = await readOne('nobom.txt', iconv.encode(ACCENTED, 'utf-16le'))
    expect(docs(items)[0].text).toBe(ACCENTED)
    expect(docs(items)[0].diagnostics[0]).toMatchObject({ ruleId: 'ingest:encoding', severity: 'info' })
    expect(docs(items)[0].diagnostics[0].reason).toContain('UTF-16LE')
  })

  it('converts Latin-1 text (read as windows-1252) with a warning', async () => {
    const plain = ACCENTED.replace(/’/g, "'")
    const items = await readOne('latin1.txt', iconv.encode(plain, 'latin1'))
    expect(docs(items)[0].text).toBe(plain)
    expect(docs(items)[0].diagnostics[0].reason).toMatch(/^not valid UTF-8; detected ISO-8859-1 \(confidence \d+%\) and converted as windows-1252$/)
  })

  it('converts Windows-1252 text with a warning naming the detected encoding', async () => {
    const items = await readOne('latin.txt', iconv.encode(ACCENTED, 'windows-1252'))
    expect(docs(items)[0].text).toBe(ACCENTED)
    const [diagnostic] = docs(items)[0].diagnostics
    expect(diagnostic).toMatchObject({ ruleId: 'ingest:encoding', severity: 'warning' })
    expect(diagnostic.reason).toMatch(/^not valid UTF-8; detected windows-1252 \(confidence \d+%\) and converted$/)
  })

  it('converts Cyrillic windows-1251 and then refuses it as Russian unless Russian is allowed', async () => {
    const russian = 'Министры иностранных дел двух стран обсудили торговлю, энергетику и транспортные коридоры на встрече в столице. '.repeat(2)
    const bytes = iconv.encode(russian, 'windows-1251')
    const refused = await readOne('ru.txt', bytes)
    expect(failures(refused)[0].ruleId).toBe('ingest:language')
    expect(failures(refused)[0].reason).toContain('language rus (Russian) not supported')
    const allowed = await readOne('ru.txt', bytes, ['eng', 'rus'])
    expect(docs(allowed)[0].text).toBe(russian)
  })

  it('uses the charset an HTML page declares when the bytes are not UTF-8', () => {
    const html = `<html><head><meta charset="windows-1252"></head><body><p>${ACCENTED}</p></body></html>`
    const decoded = decodeBytes(iconv.encode(html, 'windows-1252'), 'windows-1252')
    expect(decoded.ok && decoded.text).toBe(html)
    expect(decoded.ok && decoded.diagnostics[0].reason).toBe('not valid UTF-8; decoded as declared charset windows-1252')
  })

  it('refuses bytes whose encoding cannot be detected', () => {
    const decoded = decodeBytes(Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x81, 0x8d, 0x8f]))
    expect(decoded).toMatchObject({ ok: false, ruleId: 'ingest:encoding' })
  })
})

describe('damaged UTF-8', () => {
  it('keeps mostly-UTF-8 text as UTF-8, replacing the stray bytes, with a warning', () => {
    const good = Buffer.from('Ministers from Türkiye and Azerbaijan met in Bakı; Đặng Thị Hương attended. ')
    const decoded = decodeBytes(Buffer.concat([good, Buffer.from([0xff]), good]))
    expect(decoded.ok && decoded.text).toBe(`${good.toString()}\uFFFD${good.toString()}`)
    expect(decoded.ok && decoded.diagnostics.map((d) => d.reason)).toEqual(['mostly UTF-8 with 1 invalid byte, replaced with U+FFFD'])
  })
})
