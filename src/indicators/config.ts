import type { IndicatorMention } from '../model/types.js'
import type { Recognizer, Refiner } from '../pipeline/recognizer.js'
import type { Figure } from './figure.js'
import { count } from './recognizers/count.js'
import { meetingTimes } from './recognizers/meeting-times.js'
import { moneyCode } from './recognizers/money-code.js'
import { moneyName } from './recognizers/money-name.js'
import { moneySymbol } from './recognizers/money-symbol.js'
import { percent } from './recognizers/percent.js'
import { rank } from './recognizers/rank.js'
import { linkConversions } from './refiners/conversions.js'
import { dedupeMentions } from './refiners/dedupe.js'
import { dropOverlaps } from './refiners/overlaps.js'

/** Figure recognizers, in order; a new form of figure is one file and one line here. */
export const FIGURE_RECOGNIZERS: readonly Recognizer<Figure>[] = [moneySymbol, moneyCode, moneyName, percent, count, meetingTimes, rank]

/** Clean-up of the raw figures, before they are interpreted. */
export const FIGURE_REFINERS: readonly Refiner<Figure>[] = [dropOverlaps, linkConversions]

/** Clean-up of the finished indicator mentions. */
export const MENTION_REFINERS: readonly Refiner<IndicatorMention>[] = [dedupeMentions]
