import { z } from 'zod'
import type { Diagnostic } from '../../model/types.js'
import { fail, ok } from '../result.js'
import type { IngestItem } from '../result.js'
import { toIsoDay } from './dates.js'
import type { FormatInput } from './format.js'

/** One line of a JSON Lines input. Extra fields are ignored. */
export const jsonlRecord = z.object({
  url: z.url({ protocol: /^https?$/ }).nullish(),
  title: z.string().nullish(),
  published: z.string().nullish(),
  text: z.string().refine((t) => t.trim() !== '', 'text is empty'),
})

/**
 * JSON Lines of `{url, title, published, text}`: one document per line,
 * blank lines skipped. A bad line is a failure naming the file, the line and
 * the field; the other lines go on. Source is the record's URL, or
 * `<file>#L<line>` without one.
 */
export function readJsonl(input: FormatInput): IngestItem[] {
  const items: IngestItem[] = []
  const lines = input.text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    if (line !== '') items.push(readLine(input, line, i + 1))
  }
  return items.length > 0 ? items : [fail(input.source, `${input.source}: the file is empty`, 'ingest:empty')]
}

function readLine(input: FormatInput, line: string, n: number): IngestItem {
  const where = `${input.source} line ${n}`
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return fail(`${input.source}#L${n}`, `${where}: not valid JSON (${(error as Error).message})`, 'ingest:jsonl-syntax')
  }
  const parsed = jsonlRecord.safeParse(value)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`).join('; ')
    return fail(`${input.source}#L${n}`, `${where}: ${problems}`, 'ingest:jsonl-invalid')
  }
  const record = parsed.data
  const diagnostics: Diagnostic[] = [...input.diagnostics]
  const statedDate = toIsoDay(record.published)
  // A date in the form of one that names no day (2024-02-30) is a broken record, not a missing date.
  if (record.published && !statedDate && /^\s*\d{4}-\d{1,2}-\d{1,2}\b/.test(record.published)) {
    return fail(`${input.source}#L${n}`, `${where}: published: "${record.published}" is not a calendar date`, 'ingest:jsonl-invalid')
  }
  if (record.published && !statedDate)
    diagnostics.push({ reason: `${where}: published "${record.published}" is not a date; ignored`, ruleId: 'ingest:date', severity: 'warning' })
  const text = record.text.replace(/\r\n?/g, '\n')
  return ok({ source: record.url ?? `${input.source}#L${n}`, text, meta: { title: record.title ?? null, url: record.url ?? null, statedDate }, diagnostics })
}
