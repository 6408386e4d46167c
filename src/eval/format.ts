import { pyDict, pyFloat } from './py-format.js'
import type { ScoreReport } from './score.js'

/** The report as score.py prints it, line for line. */
export function formatReport(rep: ScoreReport): string[] {
  const { documents: d, entities: e, events: v, indicators: i, coreference: c, conflicts: k } = rep
  const f = pyFloat
  return [
    `documents  found ${d.found}/${d.gold}, dated correctly ${d.dated_correctly}/${d.gold}`,
    `entities   recall ${f(e.recall)} (${e.found}/${e.gold})`,
    `events     recall ${f(v.recall)} precision ${f(v.precision)} (strict ${f(v.strict_precision)}) f1 ${f(v.f1)}  by type ${pyDict(v.by_type)}`,
    `           missed ${v.missed.join(' ') || '-'}`,
    `indicators recall ${f(i.recall)} precision ${f(i.precision)} (strict ${f(i.strict_precision)}) f1 ${f(i.f1)}`,
    `           missed ${i.missed.join(' ') || '-'}`,
    `coreference pair recall ${f(c.pair_recall)} (${c.joined}/${c.gold_pairs}), wrong merges ${c.wrong_merges}`,
    `conflicts  found ${k.found}/${k.gold} (system flagged ${k.system_conflicts})`,
    `SUMMARY events_f1=${f(v.f1)} indicators_f1=${f(i.f1)} entities_recall=${f(e.recall)} ` +
      `dates=${d.dated_correctly}/${d.gold} coref=${f(c.pair_recall)} conflicts=${k.found}/${k.gold}`,
  ]
}
