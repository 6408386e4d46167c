import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { clauseOf } from '../clause.js'
import { locateGroup, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?<verb>met|meet|meets|(?<=\b(?:are|is|was|were|be|[Aa]fter|[Bb]efore|[Ww]hile|[Ss]ince|[Uu]pon)\s)meeting|received|receives|receive|receiving|hosted|hosts|host|(?:paid|pays|pay|paying) a courtesy call on|called on|(?:rolled|rolls|roll|rolling) out the red carpet for|(?:played|plays|play|playing) host to)\b/dgi
// What may follow "met" for it to be a meeting: a partner, a place, a time, what they met for ("met for talks", "over dinner").
const MET_NEXT =
  /^\s+(?:(?:separately|also|later|briefly|again|privately|face[- ]to[- ]face|behind closed doors|for (?:about |nearly |more than |over )?(?:an?|one|two|three|four|five|several|\d+) (?:hours?|minutes)|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\s+)*(?:with\b|in\b|at\b|on\b|today\b|yesterday\b|tomorrow\b|(?:this|next)\s+(?:week|month)\b|here\b|there\b|for the first time\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|to\s+(?:discuss|try|review|sign|seek|address|talk)\b|for\s+(?:(?:a|an|their|bilateral|formal|informal|private|closed-door|further|fresh|more|two|three|several|first|working|round of)\s+){0,3}(?:talks|discussions|consultations|dinner|lunch|breakfast|summit)\b|over\s+(?:a\s+)?(?:dinner|lunch|breakfast)\b)/i
// "met his Saudi counterpart", "received her Kenyan counterpart": the partner by title and country.
const COUNTERPART_NEXT = /^\s+(?:his|her)\s+(?:[A-Z][\w-]*\s+){1,2}counterpart\b/
// Titles and names between "received" and the person received.
const TITLE_GAP =
  /^\s+(?:(?:the|visiting|visiting\s+\w+|[A-Z][\w'’.-]*|vice|deputy|prime|foreign|minister|president|crown|prince|general|secretary|of|army|military|chief|head|top|leader|commander|special|envoy|defen[cs]e|interior|national|security|adviser|advisor|speaker|chairman|chairwoman|his|her|their|its|counterpart|state|senior|and)\s+){0,8}$/

/** "met with Trong", "the leaders who met in Baku on Tuesday", "are meeting later this month", "received Prime Minister X". */
export const meetingVerb: Recognizer<EventDraft> = {
  name: 'meeting-verb',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = locateGroup(ctx, match, 'verb')
    if (!found) return null
    const { info, span: verb, token } = found
    const word0 = match.groups!.verb.toLowerCase()
    // "After meeting X": a gerund the tagger may read as a noun; no article makes it the act.
    const gerund =
      word0 === 'meeting' && token?.pos === 'NOUN' && /\b(?:after|before|while|since|upon)\s+$/i.test(ctx.text.slice(Math.max(0, verb.start - 7), verb.start))
    if (!/\s/.test(word0) && !gerund && (!token || (token.pos !== 'VERB' && token.pos !== 'AUX'))) return null
    const word = match.groups!.verb.toLowerCase()
    const tail = ctx.text.slice(verb.end, Math.min(info.sentence.span.end, verb.end + 80))
    // "would be met with a firm response", "was met with protests": a
    // reaction, not a meeting, unless a person is who it was met with.
    const passive = /\b(?:be|been|being|is|are|was|were)\s+$/i.test(ctx.text.slice(Math.max(info.sentence.span.start, verb.start - 8), verb.start))
    if (word === 'met' && passive && /^\s+with\b/i.test(tail)) {
      const first = info.entities.find((m) => m.span.start >= verb.end && (m.type === 'person' || m.type === 'group'))
      if (
        !first ||
        !/^\s+with\s+(?:(?:the|[A-Z][\w'’.-]*|vice|deputy|prime|foreign|minister|president|of)\s+){0,6}$/.test(ctx.text.slice(verb.end, first.span.start))
      )
        return null
    }
    if (/^(?:met|meet|meets|meeting)$/.test(word)) {
      if (!MET_NEXT.test(tail) && !COUNTERPART_NEXT.test(tail)) {
        const first = info.entities.find((m) => m.span.start >= verb.end && (m.type === 'person' || m.type === 'group'))
        if (!first || !TITLE_GAP.test(ctx.text.slice(verb.end, first.span.start))) return null
      }
    } else {
      // received / hosted: only a person received counts ("received a donation" does not).
      const clause = clauseOf(info, verb)
      const first = mentionsIn(ctx, info, { start: verb.end, end: clause.end }).find((m) => m.type === 'person' || m.type === 'group')
      if (!COUNTERPART_NEXT.test(tail)) {
        if (!first || (/call/.test(word) && first.type !== 'person')) return null
        if (!TITLE_GAP.test(ctx.text.slice(verb.end, first.span.start))) return null
      }
    }
    const draft = makeEvent(ctx, { type: 'meeting', ruleId: 'events:meeting-verb', trigger: verb, roles: 'people' })
    if (!draft || draft.actors.length === 0) return null
    // "A, B and C met with D": one meeting per person listed, each with D.
    const clause = clauseOf(info, verb)
    const objects = mentionsIn(ctx, info, { start: verb.end, end: clause.end })
      .filter((m) => m.type === 'person')
      .map((m) => m.key)
    const subjects = draft.actors.filter((a) => a.startsWith('person:') && !objects.includes(a))
    if (objects.length === 1 && subjects.length > 1) {
      return subjects.map((s, i) => {
        const at = info.entities.find((m) => m.key === s && m.span.start >= draft.span.start)
        return { ...draft, actors: [s, ...objects], span: { start: i === 0 || !at ? draft.span.start : at.span.start, end: draft.span.end } }
      })
    }
    return draft
  },
}
