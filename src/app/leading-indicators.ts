/**
 * The order in which every surface leads with figures: the brief's headline
 * figures, the relationship summary's national figures and the overview's
 * (/api/stats) newest figures. Indicators not listed follow by name.
 */
const LEADING: readonly string[] = [
  'trade_turnover',
  'exports',
  'imports',
  'fdi_registered',
  'fdi_projects',
  'trade_partner_rank',
  'export_market_rank',
  'investor_rank',
  'growth_pct',
  'aid_value',
  'deal_value',
]

/** An indicator's place in the leading order; every unlisted one shares the place after the last. */
export function leadingRank(indicator: string): number {
  const i = LEADING.indexOf(indicator)
  return i === -1 ? LEADING.length : i
}
