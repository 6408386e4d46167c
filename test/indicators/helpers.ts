import type { IndicatorMention } from '../../src/model/types.js'
import { indicatorStage } from '../../src/indicators/stage.js'
import { type FixtureOptions, makeContext } from './fixtures.js'

/** Run the indicators stage over `text` and return its mentions. */
export function figures(text: string, options: FixtureOptions = {}): IndicatorMention[] {
  const ctx = makeContext(text, options)
  indicatorStage.run(ctx)
  return ctx.indicators
}

/** The one mention of `indicator`, failing loudly when there is not exactly one. */
export function only(list: readonly IndicatorMention[], indicator: string): IndicatorMention {
  const found = list.filter((m) => m.indicator === indicator)
  if (found.length !== 1) throw new Error(`expected one ${indicator}, got ${JSON.stringify(list.map((m) => [m.indicator, m.value]))}`)
  return found[0]
}
