import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

// Strain named by a nominalization after a verb that says it was done:
// "announced the recall of its ambassador", "ordered the seizure of the
// trawler", "confirmed the arrest of two nationals", "welcomed the release
// of the sailors". The noun and what it is "of" decide the code, as the
// lexicon's verbs and objects do. Verbs of asking ("demanded the release
// of") are not here: they are demands (the lexicon's TO_RELEASE).
const PATTERN =
  /\b(?<verb>announc(?:e|ed|es|ing)|order(?:ed|s|ing)?|decid(?:e|ed|es|ing)|confirm(?:ed|s|ing)?|approv(?:e|ed|es|ing)|complet(?:e|ed|es|ing)|carr(?:y|ies|ied|ying) out|welcom(?:e|ed|es|ing)|secur(?:e|ed|es|ing))\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?<noun>recall|severance|severing|breaking off|suspension|imposition|arrests?|detention|seizure|release)\s+of\s+(?<obj>[^.;]{0,80})/dgi

const ENVOY = /^(?:(?:its|the|their|his|her|[\w'’-]+)\s+){0,3}(?:(?:ambassador|envoy|diplomats|top diplomat)\b|charg[eé](?![a-zà-ÿ]))/i
const TIES = /^(?:(?:its|the|their|all|full|bilateral|diplomatic)\s+){0,3}(?:relations|ties)\b/i
const TALKS = /^(?:(?:its|the|their|all|bilateral|[\w-]+)\s+){0,3}(?:talks|negotiations|dialogue)\b/i
const AID = /^(?:(?:its|the|their|all|[\w-]+)\s+){0,3}(?:aid|assistance|funding|loans?)\b/i
const SANCTIONS = /^(?:(?:the|new|fresh|further|[\w-]+)\s+){0,3}(?:sanctions|tariffs|duties|an? embargo|embargoes|export controls|import bans?)\b/i
const PERSONS =
  /^(?:(?:[\w'’-]+)\s+){0,5}?(?:nationals?|citizens?|fishermen|crew(?: members)?|sailors|soldiers|journalists?|activists?|workers|traders|merchants|tourists?|students|diplomats?|officials|suspects?|spies|detainees|prisoners|hostages|people|men|women)\b/i
const PROPERTY = /^(?:(?:[\w'’-]+)\s+){0,4}?(?:vessels?|ships?|boats?|trawlers?|tankers?|cargo|assets|property|aircraft|shipments?|goods)\b/i

function codeOf(noun: string, obj: string): { type: EventDraft['type']; subtype: string | null } | null {
  const n = noun.toLowerCase()
  if (n === 'recall') return ENVOY.test(obj) ? { type: 'sanction', subtype: 'relations' } : null
  if (/^(?:severance|severing|breaking off)$/.test(n)) return TIES.test(obj) ? { type: 'sanction', subtype: 'relations' } : null
  if (n === 'suspension') {
    if (TIES.test(obj)) return { type: 'sanction', subtype: 'relations' }
    if (TALKS.test(obj)) return { type: 'sanction', subtype: 'negotiations' }
    if (AID.test(obj)) return { type: 'sanction', subtype: 'aid' }
    return null
  }
  if (n === 'imposition') return SANCTIONS.test(obj) ? { type: 'sanction', subtype: null } : null
  if (/^(?:arrests?|detention)$/.test(n)) return PERSONS.test(obj) ? { type: 'arrest', subtype: null } : null
  if (n === 'seizure') return PROPERTY.test(obj) ? { type: 'incident', subtype: 'seize' } : null
  if (n === 'release') return PERSONS.test(obj) ? { type: 'yield', subtype: 'release' } : null
  return null
}

export const strainNoun: Recognizer<EventDraft> = {
  name: 'strain-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const g = match.groups!
    const code = codeOf(g.noun!, g.obj!)
    if (!code) return null
    // "welcomed" and "secured" a release only: welcoming an arrest is no arrest by the welcomer.
    if (/^(?:welcom|secur)/i.test(g.verb!) && code.type !== 'yield') return null
    const verb = groupSpan(match, 'verb')
    const noun = groupSpan(match, 'noun')
    const trigger = { start: verb.start, end: noun.end }
    const draft = makeEvent(ctx, {
      type: code.type,
      subtype: code.subtype,
      ruleId: 'events:strain-noun',
      trigger,
      roles: 'parties',
      directed: true,
      sides: true,
    })
    return draft && draft.actors.length > 0 ? draft : null
  },
}
