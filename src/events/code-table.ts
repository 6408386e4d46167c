import { EVENT_CODES } from './codes.js'
import { LEXICON } from './lexicon/entries.js'

/**
 * Which recognizers (src/events/recognizers/) emit which code of
 * EVENT_CODES, besides the lexicon (whose entries say it themselves). Kept
 * by hand beside the recognizers; docs/event-codes.md is rendered from it
 * and test/events/code-table.test.ts checks both against EVENT_CODES.
 */
export const RECOGNIZER_CODES: Readonly<Record<string, readonly string[]>> = {
  visit: ['visit-verb', 'visit-noun', 'visit-bare', 'arrival', 'first-destination', 'welcome', 'received-by', 'expected-in', 'event-noun'],
  talks: ['talks', 'discuss', 'counterpart', 'contact-verb', 'spoke-together', 'fronted-occasion', 'event-noun'],
  'talks.negotiation': ['talks', 'event-noun'],
  'talks.planned': ['agreed'],
  meeting: ['meeting-verb', 'meeting-noun', 'received-by', 'welcome', 'press-conference', 'visiting-guest', 'fronted-occasion', 'event-noun'],
  'meeting.planned': ['agreed'],
  phone_call: ['phone-call', 'call-person', 'contact-verb', 'event-noun'],
  summit: ['summit', 'fronted-occasion'],
  agreement: ['agreement-sign', 'agreement-noun', 'agreement-intent', 'agreement-announced', 'joint-statement', 'documents-exchanged', 'event-noun'],
  'agreement.intent': ['agreed'],
  award: ['award'],
  'aid.economic': ['aid'],
  'aid.humanitarian': ['aid', 'aid-carried'],
  statement: ['statement'],
  'statement.praise': ['statement'],
  'statement.empathy': ['statement'],
  'statement.comment': ['joint-announcement'],
  relations_milestone: ['relations-upgrade', 'relations-years', 'relations-anniversary', 'mechanism-founded'],
  'relations_milestone.recognition': ['relations-established'],
  protest: ['protest'],
  'protest.demonstration': ['protest'],
  accusation: ['accusation', 'charge-noun', 'quoted-charge', 'event-noun'],
  rejection: ['denied-charge'],
  'rejection.deny': ['denied-charge'],
  sanction: ['sanction', 'strain-noun', 'ban-noun'],
  'sanction.relations': ['strain-noun'],
  'sanction.negotiations': ['strain-noun'],
  'sanction.aid': ['strain-noun'],
  arrest: ['strain-noun'],
  'incident.seize': ['strain-noun', 'force-noun'],
  'yield.release': ['strain-noun'],
  threat: ['conditional-threat', 'vowed-response'],
  'threat.sanctions': ['conditional-threat', 'lexicon-verb ("would" + a sanction verb, said)'],
  'threat.force': ['conditional-threat'],
  incident: ['event-noun'],
  'incident.maritime': ['maritime-incident'],
  'incident.intrusion': ['intrusion-noun'],
  expulsion: ['event-noun'],
  'military_action.exercise': ['military-exercise'],
  'military_action.force': ['clash-noun', 'force-noun'],
  'military_action.mobilize': ['force-noun'],
  'military_action.artillery': ['force-noun'],
  'military_action.air': ['force-noun'],
}

/** Every code key Dyad can emit, in EVENT_CODES order. */
export function emittedCodeKeys(): string[] {
  const fromLexicon = new Set(LEXICON.map((e) => (e.subtype ? `${e.type}.${e.subtype}` : e.type)))
  return Object.keys(EVENT_CODES).filter((k) => fromLexicon.has(k) || k in RECOGNIZER_CODES)
}

const ROOT_NAMES: Record<string, string> = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
}

/** The markdown table of docs/event-codes.md: one row per code Dyad emits, with what reads it and where the code is defined. */
export function renderCodeTable(): string {
  const rows = emittedCodeKeys().map((key) => {
    const [type, subtype = ''] = key.split('.')
    const code = EVENT_CODES[key]!
    const verbs = [
      ...new Set(LEXICON.filter((e) => (e.subtype ? `${e.type}.${e.subtype}` : e.type) === key).flatMap((e) => e.verbs.map((v) => v.split('|')[0]))),
    ]
    const readers = [
      ...(RECOGNIZER_CODES[key] ?? []).map((r) => `\`${r}\``),
      ...(verbs.length > 0 ? [`lexicon: ${verbs.map((v) => `"${v}"`).join(', ')}`] : []),
    ]
    const root = code.cameo.slice(0, 2)
    const source = `CAMEO 1.1b3 ${root} (${ROOT_NAMES[root]}), ${code.cameo}; PLOVER ${code.plover}`
    return `| ${type} | ${subtype} | ${code.cameo} | ${code.label} | ${code.plover} | ${readers.join('; ')} | ${source} |`
  })
  return ['| Dyad type | subtype | CAMEO | CAMEO name | PLOVER | Read by | Source |', '|---|---|---|---|---|---|---|', ...rows].join('\n')
}
