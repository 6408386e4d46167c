import type { Recognizer, Refiner } from '../pipeline/recognizer.js'
import type { Candidate } from './candidate.js'
import { acronym } from './readers/acronym.js'
import { country } from './readers/country.js'
import { organization } from './readers/organization.js'
import { personWithTitle } from './readers/person-with-title.js'
import { place } from './readers/place.js'
import { properName } from './readers/proper-name.js'
import type { SegmentReader } from './readers/reader.js'
import { acronymDefinition } from './recognizers/acronym-definition.js'
import { appositionPerson } from './recognizers/apposition-person.js'
import { datelineCredit } from './recognizers/dateline-credit.js'
import { datelinePlace } from './recognizers/dateline-place.js'
import { groupReference } from './recognizers/group-reference.js'
import { titledPairNames } from './recognizers/titled-pair-names.js'
import { sittingBetweenNames } from './recognizers/sitting-between-names.js'
import { possessiveCountryName } from './recognizers/possessive-country-name.js'
import { describedTitleName } from './recognizers/described-title-name.js'
import { lowercaseTitlePerson } from './recognizers/lowercase-title-person.js'
import { mediaName } from './recognizers/media-name.js'
import { nationalBody } from './recognizers/national-body.js'
import { bareLegislature } from './recognizers/bare-legislature.js'
import { knownOrganization } from './recognizers/known-organization.js'
import { seatOfGovernment } from './recognizers/seat-of-government.js'
import { disputedRegion } from './recognizers/disputed-region.js'
import { placeAfterPreposition } from './recognizers/place-after-preposition.js'
import { placeSuffix } from './recognizers/place-suffix.js'
import { titleCommaName } from './recognizers/title-comma-name.js'
import { sourceCredit } from './recognizers/source-credit.js'
import { actingPairFirst, actingPerson, objectPerson, partnerPerson, possessorPerson, speakerPerson } from './recognizers/speaker-person.js'
import { agencyNames } from './refiners/agency-names.js'
import { dropTentative } from './refiners/drop-tentative.js'
import { echoedNames } from './refiners/echoed-names.js'
import { linkAcronyms } from './refiners/link-acronyms.js'
import { pairNames } from './refiners/pair-names.js'
import { resolveOverlaps } from './refiners/resolve-overlaps.js'
import { runOnNames } from './refiners/run-on-names.js'
import { officeHolderNamesRefiner } from './refiners/office-holder-names.js'
import { pairedCompassCountry } from './recognizers/paired-compass-country.js'
import { shortNames } from './refiners/short-names.js'
import { shortOrganizationNames } from './refiners/short-organization-names.js'
import { quotedProgramme } from './recognizers/quoted-programme.js'

/** Readers over the shared phrase reading, one per kind of segment. */
export const ENTITY_READERS: readonly SegmentReader[] = [personWithTitle, organization, place, country, acronym, properName]

/** Pattern recognizers over the text. */
export const ENTITY_RECOGNIZERS: readonly Recognizer<Candidate>[] = [
  acronymDefinition,
  groupReference,
  appositionPerson,
  lowercaseTitlePerson,
  describedTitleName,
  possessiveCountryName,
  sittingBetweenNames,
  titledPairNames,
  speakerPerson,
  pairedCompassCountry,
  actingPerson,
  actingPairFirst,
  possessorPerson,
  partnerPerson,
  objectPerson,
  titleCommaName,
  sourceCredit,
  datelineCredit,
  datelinePlace,
  mediaName,
  placeSuffix,
  disputedRegion,
  placeAfterPreposition,
  nationalBody,
  bareLegislature,
  knownOrganization,
  seatOfGovernment,
  quotedProgramme,
]

/**
 * Refiners, in order: join the parts of a known office-holder's name, link acronyms, join names with and without the pair,
 * confirm full names echoed by a family name alone, resolve short names of persons and of organizations, drop what stayed unconfirmed, settle overlaps, name news agencies one way.
 */
export const ENTITY_REFINERS: readonly Refiner<Candidate>[] = [
  officeHolderNamesRefiner,
  linkAcronyms,
  pairNames,
  echoedNames,
  runOnNames,
  shortNames,
  shortOrganizationNames,
  dropTentative,
  resolveOverlaps,
  agencyNames,
]
