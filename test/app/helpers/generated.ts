import type { SourceDocument } from '../../../src/model/types.js'

// Country pairs with two leaders each (full name, then the surname alone) and a news agency with its acronym.
const PAIRS = [
  { a: 'Kenya', adj: 'Kenyan', b: 'Ethiopia', badj: 'Ethiopian', city: 'Nairobi', la: ['President', 'William Ruto', 'Ruto'], lb: ['Prime Minister', 'Abiy Ahmed', 'Abiy'], agency: ['Kenya News Agency', 'KNA'] },
  { a: 'Chile', adj: 'Chilean', b: 'Peru', badj: 'Peruvian', city: 'Santiago', la: ['President', 'Gabriel Boric', 'Boric'], lb: ['Foreign Minister', 'Javier Gonzalez-Olaechea', 'Gonzalez-Olaechea'], agency: ['Chilean Press Service', 'CPS'] },
  { a: 'Poland', adj: 'Polish', b: 'Ukraine', badj: 'Ukrainian', city: 'Warsaw', la: ['Prime Minister', 'Donald Tusk', 'Tusk'], lb: ['President', 'Volodymyr Zelensky', 'Zelensky'], agency: ['Polish Press Agency', 'PAP'] },
]
const MONTHS = ['March', 'April', 'May', 'June']

/** Short articles from templates: some name a leader in full, some only by surname, some use only the acronym. */
export function generate(): SourceDocument[] {
  const docs: SourceDocument[] = []
  PAIRS.forEach((p, i) => {
    MONTHS.forEach((month, m) => {
      const full = m % 2 === 0
      const visitor = full ? `${p.lb[0]} ${p.lb[1]} of ${p.b}` : p.lb[2]
      const agency = m === 0 ? `the ${p.agency[0]} (${p.agency[1]})` : m === 3 ? p.agency[0] : p.agency[1]
      const text =
        `${p.city}, ${3 + m + i} ${month} 2024. ${m === 1 ? `${p.a}'s` : p.adj} ${p.la[0]} ${p.la[1]} held talks with ${visitor} in ${p.city} on Tuesday, ` +
        `according to ${agency}. ${full ? p.la[2] : p.la[1]} said the two countries would expand trade. ` +
        (m === 2 ? `${p.badj} officials welcomed the visit. ` : '') +
        `Trade between ${p.a} and ${p.b} reached ${2 + m}.${i} billion US dollars in 2023.\n`
      docs.push({ source: `gen/${p.a.toLowerCase()}-${m}.txt`, text, meta: {}, diagnostics: [] } as unknown as SourceDocument)
    })
  })
  return docs
}

