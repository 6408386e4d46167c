import { recognize, refine } from '../pipeline/recognizer.js'
import type { Stage } from '../pipeline/stage.js'
import { buildMentions } from './build.js'
import { FIGURE_RECOGNIZERS, FIGURE_REFINERS, MENTION_REFINERS } from './config.js'
import { windowFiguresApart } from './refiners/dedupe.js'

/**
 * Figures: recognizers read amounts, percentages, counts and ranks off the
 * text; the build step names each one's indicator and reads its bound,
 * period, parties, scope and source from its sentence; refiners drop
 * repeats.
 */
export const indicatorStage: Stage = {
  name: 'indicators',
  run(ctx) {
    const figures = recognize(ctx, FIGURE_RECOGNIZERS, FIGURE_REFINERS)
    const built = buildMentions(ctx, figures)
    ctx.figuresApart = windowFiguresApart(built)
    const mentions = refine(ctx, MENTION_REFINERS, built)
    ctx.indicators = mentions
    ctx.debug(() => `indicators: ${figures.length} figures, ${mentions.length} mentions`)
  },
}
