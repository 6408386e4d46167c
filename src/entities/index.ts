/**
 * The entities module's public surface: the stage, and helpers the events
 * and indicators stages use to read group references and country names.
 */
export { entityStage } from './stage.js'
export { documentPair, expandGroup } from './groups.js'
export { documentCountries } from './document-countries.js'
export { countryKeyOf } from './country-key.js'
export { countryName, isCapitalOf } from './gazetteer/countries.js'
export { singularTitle } from './roles.js'
