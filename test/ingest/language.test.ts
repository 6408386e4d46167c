import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/ingest/language.js'
import { collect, docs, ENGLISH, failures, FIXTURES } from './helpers.js'

describe('language', () => {
  it('refuses a French article with a clear reason', async () => {
    const items = await collect([join(FIXTURES, 'french.txt')])
    expect(failures(items)).toEqual([
      { source: join(FIXTURES, 'french.txt'), reason: `${join(FIXTURES, 'french.txt')}: language fra (French) not supported; the recognizers read eng (English)`, ruleId: 'ingest:language' },
    ])
  })

  it('reads the French article when French is allowed', async () => {
    expect(docs(await collect([join(FIXTURES, 'french.txt')], { languages: ['eng', 'fra'] }))).toHaveLength(1)
  })

  it('treats short texts as English instead of guessing (franc reads them as Scots)', () => {
    expect(detectLanguage('The two ministers met in Hanoi on Tuesday.', ['eng'], 120)).toEqual({ language: 'eng', undetermined: true })
    expect(detectLanguage('Prime Minister visits Laos to boost trade ties', ['eng'], 120).language).toBe('eng')
  })

  it('reads English full of foreign names as English', () => {
    const text = `${ENGLISH} Nguyễn Văn An, Oyelaran Adebayo and Kaczmarek Wojciech attended alongside Đặng Thị Hương of the Quảng Ninh provincial committee.`
    expect(detectLanguage(text, ['eng'], 120)).toEqual({ language: 'eng', undetermined: false })
  })

  it('names German and Spanish paragraphs', () => {
    const german = 'Der Bundeskanzler traf sich am Dienstag mit dem französischen Präsidenten, um über die Zusammenarbeit in der Energiepolitik und die Lage in Europa zu sprechen.'
    const spanish = 'El ministro de Asuntos Exteriores viajó a Lima para reunirse con su homólogo peruano y firmar varios acuerdos sobre comercio, educación y transporte.'
    expect(detectLanguage(german, ['eng'], 120).language).toBe('deu')
    expect(detectLanguage(spanish, ['eng'], 120).language).toBe('spa')
  })
})
