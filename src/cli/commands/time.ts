import { Command, Option } from 'commander'
import type { TimeMention } from '../../model/types.js'
import { CHRONO_LANGUAGE_CODES } from '../../time/languages.js'
import { CliError, processIo, type CliIo } from '../io.js'
import { renderTable, terminalWidth } from '../table.js'

interface TimeOptions {
  ref?: string
  json?: boolean
  tense?: 'past' | 'future'
  dayFirst?: boolean
  lang?: string
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** The JSON row of one mention: span offsets into the given text, end exclusive. */
export function timeRow(m: TimeMention) {
  return {
    text: m.text,
    start: m.span.start,
    end: m.span.end,
    value: m.value ? { start: m.value.start, end: m.value.end, granularity: m.value.granularity } : null,
    ...(m.asOf ? { asOf: true } : {}),
  }
}

/**
 * `dyad time "<text>" --ref YYYY-MM-DD [--json]`: every time expression in
 * the text with its span and interval, resolved against the reference day.
 */
export function timeCommand(io: CliIo = processIo()): Command {
  return new Command('time')
    .description('find the time expressions in a text and resolve them to intervals')
    .argument('<text>', 'the text to read')
    .option('--ref <day>', 'reference day YYYY-MM-DD for relative expressions (without it they stay unresolved)')
    .addOption(new Option('--tense <tense>', 'read every expression in this tense (default: from the text)').choices(['past', 'future']))
    .option('--day-first', 'read ambiguous numeric dates (10/12/2017) day first')
    .addOption(
      new Option('--lang <code>', "the text's language; other than en, read by chrono-node's parser for it").choices(CHRONO_LANGUAGE_CODES).default('en'),
    )
    .option('--json', 'print JSON: [{text, start, end, value: {start, end, granularity}}]')
    .action(async (text: string, options: TimeOptions) => {
      if (options.ref && !ISO_DAY.test(options.ref)) throw new CliError(`--ref must be a day YYYY-MM-DD, not "${options.ref}"`, 2)
      const { resolveTimeText } = await import('../../time/index.js')
      const mentions = resolveTimeText(text, options.ref ?? null, { tense: options.tense, dayFirst: options.dayFirst, lang: options.lang })
      if (options.json) {
        io.out(`${JSON.stringify(mentions.map(timeRow))}\n`)
        return
      }
      if (mentions.length === 0) {
        io.out('no time expressions found\n')
        return
      }
      io.out(
        renderTable(
          mentions,
          [
            { header: 'text', cell: (m) => m.text, max: 40 },
            { header: 'span', cell: (m) => `${m.span.start}-${m.span.end}` },
            { header: 'start', cell: (m) => m.value?.start ?? '-' },
            { header: 'end', cell: (m) => m.value?.end ?? '-' },
            { header: 'granularity', cell: (m) => (m.value ? `${m.value.granularity}${m.asOf ? ' (as of)' : ''}` : 'unresolved') },
            { header: 'rule', cell: (m) => m.ruleId },
          ],
          terminalWidth(),
        ),
      )
    })
}
