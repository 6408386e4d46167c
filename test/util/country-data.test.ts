// The country packages are read in one place (src/util/country-data.ts), in
// English only: the gazetteer, the figures and the pair parser agree on the
// data, and no start-up pays for the package's ~80 other languages.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countryAliases } from '../../src/entities/gazetteer/countries.js'
import { readPair } from '../../src/app/pair.js'
import { ISO_COUNTRIES, worldCountries } from '../../src/util/country-data.js'

const ROOT = join(import.meta.dirname, '../..')

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  )
}

describe('country data', () => {
  it('is loaded by src/util/country-data.ts only', () => {
    const loaders = files(join(ROOT, 'src')).filter((f) => /(?:from|require\()\s*'(?:world-countries|i18n-iso-countries)/.test(readFileSync(f, 'utf8')))
    expect(loaders.map((f) => relative(ROOT, f))).toEqual(['src/util/country-data.ts'])
  })

  it('holds English names only once the gazetteer and the pair parser have loaded', () => {
    expect(countryAliases('VN')).toContain('Vietnam')
    expect(readPair('Vietnam,China').stored).toBe('country:CN,country:VN')
    expect(ISO_COUNTRIES.langs()).toEqual(['en'])
    expect(worldCountries().find((c) => c.cca2 === 'VN')?.name.common).toBe('Vietnam')
  })
})
