import type { EventType } from '../model/types.js'

/** A CAMEO code and the PLOVER category it falls under. */
export interface EventCode {
  readonly cameo: string
  readonly plover: string
  readonly label: string
}

/**
 * The one mapping from Dyad event types (and finer subtypes) to codes.
 * Sources: the CAMEO codebook (Gerner, Schrodt, Yilmaz, Abu-Jabr) and the
 * PLOVER ontology (Halterman et al.); see docs/event-codes.md for the reasons
 * behind each choice.
 */
export const EVENT_CODES: Readonly<Record<string, EventCode>> = {
  visit: { cameo: '042', plover: 'CONSULT', label: 'Make a visit' },
  'visit.host': { cameo: '043', plover: 'CONSULT', label: 'Host a visit' },
  talks: { cameo: '040', plover: 'CONSULT', label: 'Consult' },
  'talks.negotiation': { cameo: '046', plover: 'CONSULT', label: 'Engage in negotiation' },
  'talks.planned': { cameo: '036', plover: 'CONSULT', label: 'Express intent to meet or negotiate' },
  meeting: { cameo: '040', plover: 'CONSULT', label: 'Consult' },
  'meeting.planned': { cameo: '036', plover: 'CONSULT', label: 'Express intent to meet or negotiate' },
  'meeting.third': { cameo: '044', plover: 'CONSULT', label: 'Meet at a third location' },
  phone_call: { cameo: '041', plover: 'CONSULT', label: 'Discuss by telephone' },
  summit: { cameo: '044', plover: 'CONSULT', label: 'Meet at a third location' },
  agreement: { cameo: '057', plover: 'AGREE', label: 'Sign formal agreement' },
  'agreement.intent': { cameo: '030', plover: 'AGREE', label: 'Express intent to cooperate' },
  award: { cameo: '051', plover: 'SUPPORT', label: 'Praise or endorse' },
  aid: { cameo: '070', plover: 'AID', label: 'Provide aid' },
  'aid.economic': { cameo: '071', plover: 'AID', label: 'Provide economic aid' },
  'aid.humanitarian': { cameo: '073', plover: 'AID', label: 'Provide humanitarian aid' },
  statement: { cameo: '010', plover: 'SUPPORT', label: 'Make statement' },
  'statement.praise': { cameo: '051', plover: 'SUPPORT', label: 'Praise or endorse' },
  'statement.empathy': { cameo: '018', plover: 'SUPPORT', label: 'Make empathetic comment' },
  relations_milestone: { cameo: '050', plover: 'COOPERATE', label: 'Engage in diplomatic cooperation' },
  'relations_milestone.recognition': { cameo: '054', plover: 'COOPERATE', label: 'Grant diplomatic recognition' },
  protest: { cameo: '111', plover: 'ACCUSE', label: 'Criticize or denounce' },
  'protest.demonstration': { cameo: '141', plover: 'PROTEST', label: 'Demonstrate or rally' },
  accusation: { cameo: '112', plover: 'ACCUSE', label: 'Accuse' },
  sanction: { cameo: '163', plover: 'SANCTION', label: 'Impose embargo, boycott, or sanctions' },
  // Statements (CAMEO 01)
  'statement.comment': { cameo: '010', plover: 'SUPPORT', label: 'Make statement' },
  'rejection.deny': { cameo: '016', plover: 'REJECT', label: 'Deny responsibility' },
  // Regret of the other side's act is disapproval short of criticism (PLOVER has no neutral statement).
  'statement.pessimistic': { cameo: '012', plover: 'ACCUSE', label: 'Make pessimistic comment' },
  'statement.optimistic': { cameo: '013', plover: 'SUPPORT', label: 'Make optimistic comment' },
  'statement.accord': { cameo: '019', plover: 'AGREE', label: 'Express accord' },
  'statement.intent': { cameo: '030', plover: 'AGREE', label: 'Express intent to cooperate' },
  'statement.intent_meet': { cameo: '036', plover: 'CONSULT', label: 'Express intent to meet or negotiate' },
  'statement.intent_aid': { cameo: '033', plover: 'AID', label: 'Express intent to provide aid' },
  'statement.intent_mediate': { cameo: '039', plover: 'CONSULT', label: 'Express intent to mediate' },
  'statement.defend': { cameo: '052', plover: 'SUPPORT', label: 'Defend verbally' },
  'statement.support': { cameo: '053', plover: 'SUPPORT', label: 'Rally support on behalf of' },
  'statement.apology': { cameo: '055', plover: 'CONCEDE', label: 'Apologize' },
  // Appeals (CAMEO 02) and demands (CAMEO 10): PLOVER REQUEST
  demand: { cameo: '100', plover: 'REQUEST', label: 'Demand' },
  'demand.appeal': { cameo: '020', plover: 'REQUEST', label: 'Make an appeal or request' },
  'demand.appeal_cooperate': { cameo: '021', plover: 'REQUEST', label: 'Appeal for material cooperation' },
  'demand.appeal_aid': { cameo: '023', plover: 'REQUEST', label: 'Appeal for aid' },
  'demand.appeal_yield': { cameo: '025', plover: 'REQUEST', label: 'Appeal to yield' },
  'demand.appeal_meet': { cameo: '026', plover: 'REQUEST', label: 'Appeal to others to meet or negotiate' },
  'demand.appeal_settle': { cameo: '027', plover: 'REQUEST', label: 'Appeal to others to settle dispute' },
  'demand.appeal_mediate': { cameo: '028', plover: 'REQUEST', label: 'Appeal to others to engage in or accept mediation' },
  'demand.yield': { cameo: '105', plover: 'REQUEST', label: 'Demand that target yield' },
  'demand.release': { cameo: '1056', plover: 'REQUEST', label: 'Demand release of persons or property' },
  'demand.meet': { cameo: '106', plover: 'REQUEST', label: 'Demand meeting, negotiation' },
  // Consultation (CAMEO 04)
  'talks.mediation': { cameo: '045', plover: 'CONSULT', label: 'Mediate' },
  // Diplomatic cooperation (CAMEO 05)
  'relations_milestone.restore': { cameo: '054', plover: 'COOPERATE', label: 'Grant diplomatic recognition' },
  // Material cooperation (CAMEO 06)
  cooperation: { cameo: '060', plover: 'COOPERATE', label: 'Engage in material cooperation' },
  'cooperation.economic': { cameo: '061', plover: 'COOPERATE', label: 'Cooperate economically' },
  'cooperation.military': { cameo: '062', plover: 'COOPERATE', label: 'Cooperate militarily' },
  'cooperation.judicial': { cameo: '063', plover: 'COOPERATE', label: 'Engage in judicial cooperation' },
  'cooperation.intelligence': { cameo: '064', plover: 'COOPERATE', label: 'Share intelligence or information' },
  // Aid (CAMEO 07)
  'aid.military': { cameo: '072', plover: 'AID', label: 'Provide military aid' },
  'aid.asylum': { cameo: '075', plover: 'AID', label: 'Grant asylum' },
  // Yielding (CAMEO 08)
  yield: { cameo: '080', plover: 'CONCEDE', label: 'Yield' },
  'yield.ease_sanctions': { cameo: '085', plover: 'CONCEDE', label: 'Ease economic sanctions, boycott, embargo' },
  'yield.release': { cameo: '0841', plover: 'CONCEDE', label: 'Return, release person(s)' },
  'yield.return_property': { cameo: '0842', plover: 'CONCEDE', label: 'Return, release property' },
  'yield.deescalate': { cameo: '087', plover: 'RETREAT', label: 'De-escalate military engagement' },
  'yield.withdraw': { cameo: '0874', plover: 'RETREAT', label: 'Retreat or surrender militarily' },
  // Investigation (CAMEO 09)
  investigation: { cameo: '090', plover: 'ACCUSE', label: 'Investigate' },
  // Disapproval (CAMEO 11)
  'accusation.criticize': { cameo: '111', plover: 'ACCUSE', label: 'Criticize or denounce' },
  'accusation.lawsuit': { cameo: '115', plover: 'ACCUSE', label: 'Bring lawsuit against' },
  // Rejection (CAMEO 12)
  rejection: { cameo: '120', plover: 'REJECT', label: 'Reject' },
  'rejection.proposal': { cameo: '125', plover: 'REJECT', label: 'Reject proposal to meet, discuss, or negotiate' },
  'rejection.demand': { cameo: '128', plover: 'REJECT', label: 'Defy norms, law' },
  'rejection.veto': { cameo: '129', plover: 'REJECT', label: 'Veto' },
  // Threats (CAMEO 13)
  threat: { cameo: '130', plover: 'THREATEN', label: 'Threaten' },
  'threat.sanctions': { cameo: '1312', plover: 'THREATEN', label: 'Threaten with sanctions, boycott, embargo' },
  'threat.force': { cameo: '138', plover: 'THREATEN', label: 'Threaten to use military force' },
  'threat.ultimatum': { cameo: '139', plover: 'THREATEN', label: 'Give ultimatum' },
  // Force posture (CAMEO 15)
  military_action: { cameo: '150', plover: 'MOBILIZE', label: 'Demonstrate military or police power' },
  'military_action.exercise': { cameo: '150', plover: 'MOBILIZE', label: 'Demonstrate military or police power' },
  'military_action.alert': { cameo: '152', plover: 'MOBILIZE', label: 'Increase military alert status' },
  'military_action.mobilize': { cameo: '154', plover: 'MOBILIZE', label: 'Mobilize or increase armed forces' },
  'incident.intrusion': { cameo: '150', plover: 'MOBILIZE', label: 'Demonstrate military or police power' },
  // Reducing relations (CAMEO 16)
  'sanction.reduce': { cameo: '160', plover: 'SANCTION', label: 'Reduce relations, not specified below' },
  'sanction.relations': { cameo: '161', plover: 'SANCTION', label: 'Reduce or break diplomatic relations' },
  'sanction.aid': { cameo: '162', plover: 'SANCTION', label: 'Reduce or stop material aid' },
  'sanction.negotiations': { cameo: '164', plover: 'SANCTION', label: 'Halt negotiations' },
  // Coercion (CAMEO 17)
  incident: { cameo: '171', plover: 'COERCE', label: 'Seize or damage property' },
  'incident.maritime': { cameo: '171', plover: 'COERCE', label: 'Seize or damage property' },
  'incident.seize': { cameo: '1711', plover: 'COERCE', label: 'Confiscate property' },
  'sanction.administrative': { cameo: '172', plover: 'SANCTION', label: 'Impose administrative sanctions' },
  arrest: { cameo: '173', plover: 'COERCE', label: 'Arrest, detain, or charge with legal action' },
  expulsion: { cameo: '174', plover: 'COERCE', label: 'Expel or deport individuals' },
  // Assault (CAMEO 18)
  'incident.assault': { cameo: '180', plover: 'ASSAULT', label: 'Use unconventional violence' },
  'incident.abduction': { cameo: '181', plover: 'ASSAULT', label: 'Abduct, hijack, or take hostage' },
  'incident.cyber': { cameo: '180', plover: 'ASSAULT', label: 'Use unconventional violence' },
  // Fighting (CAMEO 19, 20)
  'military_action.force': { cameo: '190', plover: 'ASSAULT', label: 'Use conventional military force' },
  'military_action.blockade': { cameo: '191', plover: 'COERCE', label: 'Impose blockade, restrict movement' },
  'military_action.occupy': { cameo: '192', plover: 'ASSAULT', label: 'Occupy territory' },
  'military_action.artillery': { cameo: '194', plover: 'ASSAULT', label: 'Fight with artillery and tanks' },
  'military_action.air': { cameo: '195', plover: 'ASSAULT', label: 'Employ aerial weapons' },
  'military_action.ceasefire_violation': { cameo: '196', plover: 'ASSAULT', label: 'Violate ceasefire' },
  'military_action.mass': { cameo: '200', plover: 'ASSAULT', label: 'Engage in unconventional mass violence' },
  // Protest (CAMEO 14)
  'protest.hunger_strike': { cameo: '142', plover: 'PROTEST', label: 'Conduct hunger strike' },
  'protest.boycott': { cameo: '143', plover: 'PROTEST', label: 'Conduct strike or boycott' },
}

/** Codes for a type and optional subtype; the subtype falls back to its type. */
export function codeFor(type: EventType, subtype?: string | null): EventCode {
  return (subtype && EVENT_CODES[`${type}.${subtype}`]) || EVENT_CODES[type]
}
