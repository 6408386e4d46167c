import type { EventStatus, Span, Token } from '../model/types.js'
import { isPastForm } from '../text/nlp.js'

// Words that put the event in the future, read between the subject and the
// trigger ("will pay", "is scheduled to visit", "are expected to discuss",
// "the deals to be signed", "upcoming visit").
const PLANNED =
  /\b(?:will|shall|would|'ll|to be|is to|are to|set to|due to|scheduled to|expected to|expects? to|slated to|poised to|going to|plans? to|planning to|planned to|intends? to|proposed(?: to)?|proposes to|upcoming|forthcoming|(?:the|his|her|their|its) coming|next (?:round|meeting|visit|summit|session)|committed to|pledged to|agreed to|is about to|are about to|would like to|invited to|invitation to|ahead of (?:a|an|the|their|his|her|its|this)(?: \w+){0,2}|prepare[sd]? to|preparing to)\b/i
// "..., with the Prime Minister to meet Xi": an infinitive after "with" and its noun tells what is to come.
const WITH_TO = /\bwith\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w.'’-]+\s+){1,4}to\s+$/i
const OCCURRED_AUX = /\b(?:has|have|had|was|were|did|is on|are on|was on|were on)\b/i

// Headlines drop the auxiliary: "Kenya to host talks", "Ruto to visit Addis" are still to come.
// bounded: the 60 characters of a heading before the trigger.
const HEADLINE_TO = /\bto\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)[a-z][\w-]*\s+(?:[\w'’.-]+\s+){0,3}$|\bto\s+$/

// A passive future inside the trigger itself: "agreements are expected to be signed", "a deal will be signed".
const PASSIVE_FUTURE = /\b(?:will|shall|to)\s+be\s+\w+/i

const SEPARATE = /\b(?:during|after|since|following|before|amid|despite|unlike)\s/gi

function lastMatch(re: RegExp, text: string): number {
  re.lastIndex = 0
  let at = -1
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index
  return at
}

export interface StatusReading {
  status: EventStatus
  explicit: boolean
}

/**
 * Planned or occurred from the words before the trigger in its clause and
 * the trigger token itself (past-tense verb = occurred). Unmarked readings
 * stay `occurred` but not explicit, for the refiners to settle by time.
 */
export function readStatus(text: string, region: Span, trigger: Span, tokens: readonly Token[], heading = false): StatusReading {
  let before = text.slice(Math.max(region.start, trigger.start - 80), trigger.start)
  if (heading && HEADLINE_TO.test(before.slice(-60))) return { status: 'planned', explicit: true }
  // "pledged to provide ... during Kishida's previous visit": the main verb
  // does not say when the event in the prepositional phrase happens.
  const cut = lastMatch(SEPARATE, before)
  if (cut >= 0) before = before.slice(cut)
  if (PLANNED.test(before) || WITH_TO.test(before) || PASSIVE_FUTURE.test(text.slice(trigger.start, trigger.end))) return { status: 'planned', explicit: true }
  const head = tokens.find((t) => t.span.start >= trigger.start && t.span.start < trigger.end)
  if (head && head.pos === 'VERB' && isPastForm(head.text)) return { status: 'occurred', explicit: true }
  if (OCCURRED_AUX.test(before.slice(-40))) return { status: 'occurred', explicit: true }
  // "held four phone talks", "engaged in three phone talks": the verb that governs the noun.
  const verbs = tokens.filter((t) => t.span.start >= region.start && t.span.end <= trigger.start && t.pos === 'VERB')
  const last = verbs[verbs.length - 1]
  const aux = last ? tokens[tokens.indexOf(last) - 1] : undefined
  const passive = aux !== undefined && /^(?:is|are|am|be|being)$/i.test(aux.text)
  if (last && !passive && trigger.start - last.span.end < 40 && isPastForm(last.text)) return { status: 'occurred', explicit: true }
  return { status: 'occurred', explicit: false }
}
