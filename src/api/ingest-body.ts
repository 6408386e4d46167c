import { z } from 'zod'
import { readString, type IngestItem } from '../ingest/read.js'
import { contentHash } from '../util/ids.js'

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

/** One article (text or HTML) or a feed, with what the client knows about it. */
export const IngestBody = z
  .object({
    text: z.string().optional().describe('Plain text of one article'),
    html: z.string().optional().describe('An HTML page; its main text is extracted'),
    feed: z.string().optional().describe('An RSS or Atom feed; every item becomes a document'),
    title: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .refine((t) => !/[\u0000-\u001f]/.test(t), 'title must not contain control characters')
      .optional(),
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
    if (given.length !== 1) ctx.addIssue({ code: 'custom', path: [given[1] ?? 'text'], message: 'send exactly one of text, html or feed' })
    for (const k of given) {
      if (body[k]!.trim() === '') ctx.addIssue({ code: 'custom', path: [k], message: `${k} must not be empty` })
      // NUL marks binary content, and PostgreSQL cannot store it in text
      if (body[k]!.includes('\u0000')) ctx.addIssue({ code: 'custom', path: [k], message: `${k} contains NUL characters: binary content, not text` })
    }
  })
  .meta({ id: 'IngestBody' })

export type IngestBody = z.output<typeof IngestBody>

/**
 * The ingest items a request body stands for, read by the ingest module the
 * way a file of that format is read (HTML main text and metadata, one
 * document per feed item, language check). Without a URL the source is
 * named by the content hash, so two posted texts never replace each other.
 * A title or date given in the body wins over what the content states.
 */
export async function bodyItems(body: IngestBody): Promise<IngestItem[]> {
  const format = body.text !== undefined ? 'text' : body.html !== undefined ? 'html' : 'feed'
  const content = (body.text ?? body.html ?? body.feed)!
  const source = body.url ?? `api:${contentHash(content).slice(0, 16)}`
  const items = await readString({ text: content, source, format, url: body.url ?? null })
  return items.map((item) => {
    // a feed's items each carry their own title and date
    if (!item.ok || format === 'feed') return item
    const meta = {
      ...item.doc.meta,
      ...(body.url ? { url: item.doc.meta.url ?? body.url } : {}),
      ...(body.title ? { title: body.title } : {}),
      ...(body.published ? { statedDate: body.published } : {}),
    }
    return { ok: true as const, doc: { ...item.doc, meta } }
  })
}
