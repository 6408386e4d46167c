import type { Recognizer, Refiner } from '../pipeline/recognizer.js'
import type { EventDraft } from './draft.js'
import { accusation } from './recognizers/accusation.js'
import { deniedCharge } from './recognizers/denied-charge.js'
import { expectedIn } from './recognizers/expected-in.js'
import { agreed } from './recognizers/agreed.js'
import { agreementAnnounced } from './recognizers/agreement-announced.js'
import { agreementIntent } from './recognizers/agreement-intent.js'
import { agreementNoun } from './recognizers/agreement-noun.js'
import { agreementSign } from './recognizers/agreement-sign.js'
import { aid } from './recognizers/aid.js'
import { aidCarried } from './recognizers/aid-carried.js'
import { arrival } from './recognizers/arrival.js'
import { award } from './recognizers/award.js'
import { callPerson } from './recognizers/call-person.js'
import { clashNoun } from './recognizers/clash-noun.js'
import { conditionalThreat } from './recognizers/conditional-threat.js'
import { vowedResponse } from './recognizers/vowed-response.js'
import { intrusionNoun } from './recognizers/intrusion-noun.js'
import { spokeTogether } from './recognizers/spoke-together.js'
import { contactVerb } from './recognizers/contact-verb.js'
import { counterpart } from './recognizers/counterpart.js'
import { discuss } from './recognizers/discuss.js'
import { forceNoun } from './recognizers/force-noun.js'
import { firstDestination } from './recognizers/first-destination.js'
import { frontedOccasion } from './recognizers/fronted-occasion.js'
import { eventNoun } from './recognizers/event-noun.js'
import { jointAnnouncement } from './recognizers/joint-announcement.js'
import { documentsExchanged, jointStatement } from './recognizers/joint-statement.js'
import { maritimeIncident } from './recognizers/maritime-incident.js'
import { mechanismFounded } from './recognizers/mechanism-founded.js'
import { lexiconVerb } from './recognizers/lexicon-verb.js'
import { quotedCharge } from './recognizers/quoted-charge.js'
import { chargeNoun } from './recognizers/charge-noun.js'
import { banNoun } from './recognizers/ban-noun.js'
import { meetingNoun } from './recognizers/meeting-noun.js'
import { meetingVerb } from './recognizers/meeting-verb.js'
import { militaryExercise } from './recognizers/military-exercise.js'
import { phoneCall } from './recognizers/phone-call.js'
import { protest } from './recognizers/protest.js'
import { pressConference } from './recognizers/press-conference.js'
import { receivedBy } from './recognizers/received-by.js'
import { visitingGuest } from './recognizers/visiting-guest.js'
import { relationsAnniversary } from './recognizers/relations-anniversary.js'
import { relationsEstablished } from './recognizers/relations-established.js'
import { relationsUpgrade } from './recognizers/relations-upgrade.js'
import { relationsYears } from './recognizers/relations-years.js'
import { sanction } from './recognizers/sanction.js'
import { statement } from './recognizers/statement.js'
import { strainNoun } from './recognizers/strain-noun.js'
import { summit } from './recognizers/summit.js'
import { talks } from './recognizers/talks.js'
import { visitBare } from './recognizers/visit-bare.js'
import { visitNoun } from './recognizers/visit-noun.js'
import { visitVerb } from './recognizers/visit-verb.js'
import { welcome } from './recognizers/welcome.js'
import { actingFor } from './refiners/acting-for.js'
import { attendanceVisits } from './refiners/attendance-visits.js'
import { dropWeak } from './refiners/drop-weak.js'
import { eventTime } from './refiners/event-time.js'
import { headingDuplicates } from './refiners/heading-duplicates.js'
import { homeVisits } from './refiners/home-visits.js'
import { inheritActors } from './refiners/inherit-actors.js'
import { meetingSides } from './refiners/meeting-sides.js'
import { mergeOverlaps } from './refiners/merge-overlaps.js'
import { pairSides } from './refiners/pair-sides.js'
import { repeatSettle } from './refiners/repeat-settle.js'
import { settleStatus } from './refiners/settle-status.js'
import { sidesPersons } from './refiners/sides-persons.js'
import { summitRepeats } from './refiners/summit-repeats.js'
import { visitRepeats } from './refiners/visit-repeats.js'
import { visitSides } from './refiners/visit-sides.js'

/** Event recognizers, one per way of saying an event; order does not matter, refiners merge. */
export const EVENT_RECOGNIZERS: readonly Recognizer<EventDraft>[] = [
  visitVerb,
  expectedIn,
  visitNoun,
  visitBare,
  arrival,
  firstDestination,
  welcome,
  talks,
  discuss,
  counterpart,
  meetingVerb,
  meetingNoun,
  frontedOccasion,
  phoneCall,
  callPerson,
  contactVerb,
  spokeTogether,
  summit,
  agreementSign,
  agreementNoun,
  agreementAnnounced,
  jointStatement,
  jointAnnouncement,
  documentsExchanged,
  agreed,
  agreementIntent,
  award,
  aid,
  aidCarried,
  statement,
  relationsEstablished,
  relationsUpgrade,
  relationsYears,
  relationsAnniversary,
  mechanismFounded,
  protest,
  accusation,
  deniedCharge,
  sanction,
  maritimeIncident,
  clashNoun,
  forceNoun,
  strainNoun,
  banNoun,
  intrusionNoun,
  conditionalThreat,
  vowedResponse,
  militaryExercise,
  lexiconVerb,
  quotedCharge,
  chargeNoun,
  eventNoun,
  receivedBy,
  pressConference,
  visitingGuest,
]

/**
 * Refiners, in order: merge, drop, mark restatements as repeats of their
 * main mention, add implied visits, then time (event-time.ts: the one
 * attribution step) and status (repeats last); last, the countries the
 * named actors act for.
 */
export const EVENT_REFINERS: readonly Refiner<EventDraft>[] = [
  mergeOverlaps,
  homeVisits,
  dropWeak,
  inheritActors,
  sidesPersons,
  visitSides,
  meetingSides,
  pairSides,
  headingDuplicates,
  summitRepeats,
  attendanceVisits,
  visitRepeats,
  eventTime,
  settleStatus,
  repeatSettle,
  actingFor,
]
