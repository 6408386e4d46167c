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
  maritime_incident: { cameo: '171', plover: 'COERCE', label: 'Seize or damage property' },
  military_exercise: { cameo: '150', plover: 'MOBILIZE', label: 'Demonstrate military or police power' },
}

/** Codes for a type and optional subtype; the subtype falls back to its type. */
export function codeFor(type: EventType, subtype?: string | null): EventCode {
  return (subtype && EVENT_CODES[`${type}.${subtype}`]) || EVENT_CODES[type]
}
