import { z } from 'zod'
import type { IngestItem } from '../ingest/read.js'
import { contentHash } from '../util/ids.js'
import { ApiError } from './errors.js'

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** One article (text or HTML) or a feed, with what the client knows about it. */
export const IngestBody = z
  .object({
    text: z.string().optional().describe('Plain text of one article'),
    html: z.string().optional().describe('An HTML page; its main text is extracted'),
    feed: z.string().optional().describe('An RSS or Atom feed; every item becomes a document'),
    title: z.string().trim().min(1).max(500).optional(),
    url: z
      .url({ protocol: /^https?$/, error: 'url must be an http(s) URL' })
      .max(2000)
      .optional()
      .describe('Where the article was published; a new text for the same URL replaces the old version'),
    published: z.string().regex(ISO_DAY, 'published must be a day: YYYY-MM-DD').optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = (['text', 'html', 'feed'] as const).filter((k) => body[k] !== undefined)
    if (given.length !== 1)
      ctx.addIssue({ code: 'custom', path: [given[1] ?? 'text'], message: 'send exactly one of text, html or feed' })
    for (const k of given)
      if (body[k]!.trim() === '') ctx.addIssue({ code: 'custom', path: [k], message: `${k} must not be empty` })
  })
  .meta({ id: 'IngestBody' })

export type IngestBody = z.output<typeof IngestBody>

/**
 * The ingest items a request body stands for. Plain text is taken as it is
 * (line ends normalized, as the file reader does); without a URL the source
 * is named by the content hash so two posted texts never replace each other.
 */
export async function bodyItems(body: IngestBody): Promise<IngestItem[]> {
  if (body.text !== undefined) {
    const text = body.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
    const source = body.url ?? `api:${contentHash(text).slice(0, 16)}`
    const meta = { title: body.title ?? null, url: body.url ?? null, statedDate: body.published ?? null }
    return [{ ok: true, doc: { source, text, meta, diagnostics: [] } }]
  }
  throw new ApiError(501, `${body.html !== undefined ? 'html' : 'feed'} ingest is not available yet in this build; send {text}`, body.html !== undefined ? 'html' : 'feed')
}
