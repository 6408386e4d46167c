import type { PipelineContext } from '../../pipeline/context.js'
import type { Refiner } from '../../pipeline/recognizer.js'
import { homeCountry } from '../actors.js'
import { docIndex } from '../doc-index.js'
import type { EventDraft } from '../draft.js'
import { pairOf } from '../groups.js'
import { principalActors } from './inherit-actors.js'
import { withChanges } from './util.js'

/** How far back (in sentences) the persons of a meeting carry to "the sides". */
const CARRY = 3
// "the sides", "both sides", "the two sides": the delegations at the table,
// when the sentence sets them at it ("During the talks, the sides ...");
// elsewhere ("the two sides continued negotiations at expert level") they are governments.
// "localities of the two sides" are not the sides themselves.
const SIDES = /(?<!\bof\s(?:the\s)?)\b(?:the|both|two) sides\b/i
const AT_THE_TABLE =
  /\b(?:during|at|in the course of|after|following)\s+(?:the|their|this)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|negotiations|conversation|call|visit|summit|session)\b/i

const isPerson = (k: string) => k.startsWith('person:')

/**
 * "Tokayev and Mirziyoyev held talks. During the meeting, the sides
 * discussed trade": the sides of a meeting are the persons who head them,
 * not only their countries. A draft whose own sentence sets the sides at a
 * meeting and names no person takes the persons of the nearest event before it
 * (within a few sentences) whose persons stand for both of the pair's
 * countries, else the story's principal persons (the most-mentioned person
 * of each country of the pair), when both countries have one.
 */
export const sidesPersons: Refiner<EventDraft> = {
  name: 'sides-persons',
  refine(ctx, results) {
    const pair = pairOf(ctx)
    if (pair.length !== 2) return results
    const sentences = docIndex(ctx).sentences
    const ordered = [...results].sort((a, b) => a.span.start - b.span.start)
    const changes = new Map<EventDraft, EventDraft>()
    let table: { persons: string[]; sentence: number } | null = null
    let principal: string[] | null = null
    for (const d of ordered) {
      const persons = d.actors.filter(isPerson)
      if (persons.length === 0 && speaksOfSides(ctx, sentences[d.sentence]?.sentence.span.start, d.trigger.end)) {
        const heads = table && d.sentence - table.sentence <= CARRY ? table.persons : (principal ??= principalPersons(ctx, pair))
        if (heads.length > 0) changes.set(d, { ...d, actors: [...heads, ...d.actors] })
      }
      if (bothSides(ctx, persons, pair)) table = { persons, sentence: d.sentence }
    }
    return withChanges(results, changes)
  },
}

function speaksOfSides(ctx: PipelineContext, from: number | undefined, to: number): boolean {
  if (from === undefined) return false
  // bounded: one sentence, up to the trigger
  const head = ctx.text.slice(from, Math.max(from, to))
  return SIDES.test(head) && AT_THE_TABLE.test(head)
}

function bothSides(ctx: PipelineContext, persons: readonly string[], pair: readonly string[]): boolean {
  const homes = new Set(persons.map((k) => homeCountry(ctx, k)))
  return pair.every((c) => homes.has(c))
}

function principalPersons(ctx: PipelineContext, pair: readonly string[]): string[] {
  const persons = principalActors(ctx).filter(isPerson)
  return bothSides(ctx, persons, pair) ? persons : []
}
