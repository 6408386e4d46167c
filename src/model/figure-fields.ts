import type { IndicatorMention } from './types.js'

/**
 * What a figure says, field for field: the columns the store writes and the
 * fields the export gives share these names, so they are listed once.
 */
export function figureFields(i: IndicatorMention) {
  return { indicator: i.indicator, subject: i.subject, counterpart: i.counterpart, scope: i.scope, value: i.value, unit: i.unit, bound: i.bound }
}
