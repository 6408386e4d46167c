import { foldName } from '../../util/fold.js'

/**
 * Seats of government that news uses for the government itself ("the
 * Kremlin said", "Downing Street rejected"), and armed forces named without
 * their country ("the People's Liberation Army"): the name, the
 * country it stands for, and the organization's canonical name. Only names
 * that stand for one country's government and little else are listed
 * (not "the Chancellery", which several countries have).
 */
export interface Seat {
  readonly names: readonly string[]
  readonly country: string
  readonly name: string
}

export const SEATS: readonly Seat[] = [
  { names: ['Kremlin'], country: 'RU', name: 'Kremlin' },
  { names: ['White House'], country: 'US', name: 'White House' },
  { names: ['State Department', 'Foggy Bottom'], country: 'US', name: 'State Department of United States' },
  { names: ['Pentagon'], country: 'US', name: 'Pentagon' },
  { names: ['Downing Street', 'Whitehall'], country: 'GB', name: 'Downing Street' },
  { names: ['Élysée Palace', 'Elysee Palace', 'Élysée', 'Elysee'], country: 'FR', name: 'Élysée Palace' },
  { names: ["Quai d'Orsay", 'Quai d’Orsay'], country: 'FR', name: "Quai d'Orsay" },
  { names: ['Matignon'], country: 'FR', name: 'Matignon' },
  { names: ['Zhongnanhai'], country: 'CN', name: 'Zhongnanhai' },
  { names: ['Blue House', 'Cheong Wa Dae'], country: 'KR', name: 'Blue House' },
  { names: ['Kantei'], country: 'JP', name: 'Kantei' },
  { names: ['Palazzo Chigi'], country: 'IT', name: 'Palazzo Chigi' },
  { names: ['Farnesina'], country: 'IT', name: 'Farnesina' },
  { names: ['Itamaraty'], country: 'BR', name: 'Itamaraty' },
  { names: ['Planalto Palace', 'Planalto'], country: 'BR', name: 'Planalto Palace' },
  { names: ['Casa Rosada'], country: 'AR', name: 'Casa Rosada' },
  { names: ['Malacañang', 'Malacanang'], country: 'PH', name: 'Malacañang' },
  { names: ['Moncloa'], country: 'ES', name: 'Moncloa' },
  { names: ['Rashtrapati Bhavan'], country: 'IN', name: 'Rashtrapati Bhavan' },
  { names: ['Miraflores Palace'], country: 'VE', name: 'Miraflores Palace' },
  { names: ['Wisma Putra'], country: 'MY', name: 'Wisma Putra' },
  // Armed forces and services named without their country ("a People's
  // Liberation Army-Navy destroyer", "seized by the Revolutionary Guards"):
  // they act for the state as its seat does.
  {
    names: [
      "People's Liberation Army",
      'People’s Liberation Army',
      "People's Liberation Army Navy",
      'People’s Liberation Army Navy',
      "People's Liberation Army-Navy",
      'People’s Liberation Army-Navy',
      'PLA Navy',
      'PLA',
    ],
    country: 'CN',
    name: "People's Liberation Army",
  },
  {
    names: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guard Corps', 'Revolutionary Guards', 'IRGC'],
    country: 'IR',
    name: 'Islamic Revolutionary Guard Corps',
  },
  { names: ['Bundeswehr'], country: 'DE', name: 'Bundeswehr' },
  { names: ['Tatmadaw'], country: 'MM', name: 'Tatmadaw' },
  { names: ['Mossad'], country: 'IL', name: 'Mossad' },
]

const SEAT_BY_FOLDED = new Map<string, Seat>(SEATS.flatMap((s) => s.names.map((n) => [foldName(n), s] as const)))

/** The seat or service a name is ("People's Liberation Army" -> China's armed forces), however another reader typed it. */
export function seatNamed(name: string): Seat | null {
  return SEAT_BY_FOLDED.get(foldName(name)) ?? null
}
