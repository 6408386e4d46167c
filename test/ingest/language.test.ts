import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { francAll } from 'franc'
import { detectLanguage, rankLanguages } from '../../src/ingest/language.js'
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

describe('rankLanguages (franc with its trigram models indexed)', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(txt|html|jsonl|rss|atom)$/.test(e.name) ? [join(dir, e.name)] : []))
  const written = [
    'Der Bundeskanzler traf sich am Dienstag mit dem französischen Präsidenten, um über die Zusammenarbeit in der Energiepolitik und die Lage in Europa zu sprechen.',
    'El ministro de Asuntos Exteriores viajó a Lima para reunirse con su homólogo peruano y firmar varios acuerdos sobre comercio, educación y transporte.',
    'Le ministre des Affaires étrangères a reçu mardi son homologue pour discuter du commerce, de la pêche et des visas entre les deux pays voisins.',
    'Министр иностранных дел встретился во вторник со своим коллегой, чтобы обсудить торговлю, энергетику и визовый режим между двумя странами.',
    'وزير الخارجية التقى نظيره يوم الثلاثاء لبحث التجارة والطاقة والتأشيرات بين البلدين الجارين في إطار زيارة رسمية.',
    '外交部长周二会见了来访的邻国外长，双方讨论了贸易、能源和签证问题，并同意加强合作。两国还签署了多项协议。',
    'Bộ trưởng Ngoại giao đã gặp người đồng cấp vào thứ Ba để thảo luận về thương mại, năng lượng và thị thực giữa hai nước láng giềng.',
    '2024 2025 2026 12345 67890 '.repeat(20),
    'Tha twa meenisters met in Embra the day an spak aboot the tred atween the twa kintras an the fishin on the wast coast.',
  ]
  const samples = [...files('test/fixtures').concat(files('examples')).map((f) => readFileSync(f, 'utf8')), ...written]
    .flatMap((t) => [t.slice(0, 6000), t.slice(0, 150), t.slice(0, 400), t.slice(Math.floor(t.length / 2), Math.floor(t.length / 2) + 6000), `${written[0]} ${t.slice(0, 300)}`])
    .filter((t) => t.length > 0)

  it('ranks every sample as francAll does: the same languages, order and scores', () => {
    for (const sample of samples) expect([sample.slice(0, 60), rankLanguages(sample, 120)]).toEqual([sample.slice(0, 60), francAll(sample, { minLength: 120 })])
    // Not only the short ones that francAll ranks itself: most samples have a script with trigram models.
    expect(samples.filter((s) => s.length >= 120 && francAll(s, { minLength: 120 }).length > 1).length).toBeGreaterThan(samples.length / 2)
  })
})
