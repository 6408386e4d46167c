import type { Span } from '../../model/types.js'

/**
 * Words that say what a figure measures. One pattern scans a sentence once;
 * every hit carries its tag and position, and the figure takes the nearest
 * hit in its own stretch of the sentence (see `classify.ts`).
 */
export type CueTag =
  | 'trade'
  | 'balance'
  | 'exports'
  | 'imports'
  | 'fdi'
  | 'aid'
  | 'deal'
  | 'remittances'
  | 'growth_up'
  | 'growth_down'
  | 'share'
  | 'target'
  | 'future'
  | 'donated'
  | 'sold'
  | 'pledged'
  | 'macro'

export interface Cue {
  readonly tag: CueTag
  readonly span: Span
}

const GROUPS: readonly [CueTag, string][] = [
  // A bare "deficit" or "surplus" is the trade's, unless a budget or an account is named.
  ['balance', String.raw`trade (?:deficit|surplus|balance|gap)|(?<!budget |fiscal |current[- ]account |account |primary )(?:deficit|surplus)`],
  [
    'deal',
    String.raw`(?:free |preferential )?trade (?:agreements?|deals?|pacts?)|agreements?|deals?|contracts?|accords?|MoUs?|memorand(?:um|a)(?: of understanding)?|(?:cooperation )?documents|signed|signing`,
  ],
  [
    'trade',
    String.raw`two-way trade|bilateral trade|trade turnover|trade volume|volume of trade|import-export (?:turnover|value|trade)|export-import (?:turnover|value|trade)|turnovers?|total trade|trade|traded`,
  ],
  ['exports', String.raw`export (?:turnover|value|revenue|earnings|volume)s?|exports?|exported|exporting|shipments?`],
  ['imports', String.raw`import (?:turnover|value|bill|volume)s?|imports?|imported|importing|purchases from`],
  ['fdi', String.raw`registered capital|total capital|capital|FDI|foreign direct investment|investments?|invested|investing|investors?`],
  [
    'aid',
    String.raw`aid|donations?|donated|donating|gift(?:s|ed|ing)?|grants?|granted|assistance|relief|humanitarian|deposit(?:ed|s)?|financing|loans?|credit lines?|lines? of credit|medical supplies|relief supplies`,
  ],
  ['remittances', String.raw`remittances?`],
  ['share', String.raw`accounted for|accounts for|accounting for|account for|made up|makes up|share of`],
  [
    'growth_up',
    String.raw`up(?!\s+to\b)|rose|rise|risen|rising|increased?|increases|increasing|grew|grow|grown|growth|jump(?:ed|s)?|leapt|leaped|surged?|climbed|soared|expanded|gain(?:ed|s)?|higher|more than doubled`,
  ],
  ['growth_down', String.raw`down|fell|fall(?:en|s)?|decreas(?:e|ed|es|ing)|declin(?:e|ed|es|ing)|dropped|drop|shrank|shrunk|contracted|lower|slumped|plunged`],
  [
    'target',
    String.raw`goals?|targets?|eye(?:s|ing)?|aim(?:s|ed|ing)? (?:to|at)|seek(?:s|ing)? to|plans? to|planned to|hope(?:s|d)? to|strive|expected to reach|to reach|elevating|boosting|to (?:increase|raise|boost|double|triple|lift|expand|grow|take|bring|push)`,
  ],
  ['future', String.raw`will|would|shall|pledged?|promised?|committed|commit|expected to|set to`],
  ['donated', String.raw`in donations?|donated|as a gift|gifted|gifting|free of charge|for free|in aid|handed over`],
  ['sold', String.raw`in sales|sold|purchased|bought|commercial`],
  ['pledged', String.raw`pledged?|promised?|additional`],
  [
    'macro',
    String.raw`GDP|gross domestic product|inflation|economy|economic growth|unemployment|population|prices?|budget|public debt|output|production|tourists?|tourist arrivals|visitors`,
  ],
]

const PATTERN = new RegExp(GROUPS.map(([tag, src]) => String.raw`(?<${tag}>\b(?:${src})\b)`).join('|'), 'gi')

/** Every cue in `text` (a sentence starting at `offset`), in order. */
export function cuesIn(text: string, offset: number): Cue[] {
  const out: Cue[] = []
  PATTERN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = PATTERN.exec(text)) !== null) {
    const groups = m.groups!
    for (const [tag] of GROUPS) {
      if (groups[tag] !== undefined) {
        out.push({ tag, span: { start: offset + m.index, end: offset + m.index + m[0].length } })
        break
      }
    }
  }
  return out
}
