import type { Country } from 'world-countries'
import worldCountries from 'world-countries'

/** The world-countries list, typed (its CommonJS default export confuses NodeNext typing). */
export const COUNTRIES: readonly Country[] = worldCountries as unknown as Country[]
