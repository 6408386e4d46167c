import { foldName } from '../../util/fold.js'

/**
 * International organizations that news names by their acronym as often as
 * by their full name (facts from the organizations' own usage): a text that
 * writes only "EU" or only "African Union" still names one entity, known by
 * both.
 */
const KNOWN: readonly (readonly [string, string])[] = [
  ['EU', 'European Union'],
  ['UN', 'United Nations'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['AU', 'African Union'],
  ['ECOWAS', 'Economic Community of West African States'],
  ['SADC', 'Southern African Development Community'],
  ['EAC', 'East African Community'],
  ['IGAD', 'Intergovernmental Authority on Development'],
  ['OAS', 'Organization of American States'],
  ['OSCE', 'Organization for Security and Co-operation in Europe'],
  ['SCO', 'Shanghai Cooperation Organisation'],
  ['CSTO', 'Collective Security Treaty Organization'],
  ['GCC', 'Gulf Cooperation Council'],
  ['SAARC', 'South Asian Association for Regional Cooperation'],
  ['APEC', 'Asia-Pacific Economic Cooperation'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['OECD', 'Organisation for Economic Co-operation and Development'],
  ['WTO', 'World Trade Organization'],
  ['WHO', 'World Health Organization'],
  ['IMF', 'International Monetary Fund'],
  ['IAEA', 'International Atomic Energy Agency'],
  ['ICJ', 'International Court of Justice'],
  ['ICC', 'International Criminal Court'],
  ['UNSC', 'United Nations Security Council'],
  ['UNHCR', 'United Nations High Commissioner for Refugees'],
  ['CELAC', 'Community of Latin American and Caribbean States'],
  ['MERCOSUR', 'Southern Common Market'],
]

const BY_NAME = new Map<string, string>()
for (const [short, long] of KNOWN) {
  BY_NAME.set(foldName(short), long)
  BY_NAME.set(foldName(long), short)
}

/** The other name a known organization goes by ("EU" <-> "European Union"), or null. */
export function organizationAlias(name: string): string | null {
  return BY_NAME.get(foldName(name)) ?? null
}

/**
 * The acronyms of four letters or more, as a word written with one capital
 * ("Nato", "Asean", "Mercosur", "Ecowas"): the house style of many papers.
 * Shorter ones ("Un", "Who", "Au") are everyday words so written.
 */
export const WORD_ACRONYMS: readonly string[] = KNOWN.map(([short]) => short).filter((short) => /^[A-Z]{4,}$/.test(short))
