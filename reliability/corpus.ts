import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { random } from '../bench/generate.js'

// Templates written for these checks: short diplomatic news items about
// invented officials of real countries, varied by a seeded generator so that
// every document is distinct and the same seed gives the same folder.
const COUNTRIES = ['Vietnam', 'China', 'Laos', 'Cambodia', 'Brazil', 'Argentina', 'Kenya', 'Ethiopia', 'Poland', 'Germany', 'Japan', 'India', 'Chile', 'Peru', 'Norway', 'Sweden']
const TITLES = ['Foreign Minister', 'Prime Minister', 'President', 'Deputy Prime Minister', 'Minister of Trade']
const GIVEN = ['Anna', 'Pedro', 'Lin', 'Kofi', 'Marta', 'Ivan', 'Sara', 'Tomas', 'Mei', 'Ravi', 'Olga', 'Jonas']
const FAMILY = ['Kowalski', 'Silva', 'Tanaka', 'Mwangi', 'Haile', 'Berg', 'Nguyen', 'Rossi', 'Sharma', 'Lindqvist', 'Morales', 'Chen']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** One document's text; `i` makes it unique. */
export function documentText(i: number, seed = 1): string {
  const r = random(seed * 100_003 + i)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]
  const a = pick(COUNTRIES)
  let b = pick(COUNTRIES)
  while (b === a) b = pick(COUNTRIES)
  const year = 2015 + Math.floor(r() * 10)
  const month = pick(MONTHS)
  const day = 1 + Math.floor(r() * 27)
  const person = `${pick(GIVEN)} ${pick(FAMILY)}`
  const title = pick(TITLES)
  const trade = (1 + r() * 90).toFixed(1)
  const growth = (r() * 20).toFixed(1)
  return [
    `${a} and ${b} pledge closer ties (item ${i})`,
    '',
    `${title} ${person} of ${a} visited ${b} from ${month} ${day} to ${day + 2}, ${year}, and held talks with the ${b} side on trade, energy and education.`,
    `Two-way trade between ${a} and ${b} reached US$${trade} billion in ${year - 1}, up ${growth}% from a year earlier, according to the customs office.`,
    `The two sides signed ${2 + (i % 9)} cooperation documents and agreed to hold the next round of consultations in ${year + 1}.`,
    '',
  ].join('\n')
}

/** Write `count` documents (from `first`) into `dir` as .txt files; returns the folder. */
export function writeCorpus(dir: string, count: number, first = 0, seed = 1): string {
  mkdirSync(dir, { recursive: true })
  for (let i = first; i < first + count; i++) writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.txt`), documentText(i, seed))
  return dir
}
