import { clipWords } from '../shared/clip.js'
import { formatWhen } from '../shared/when-text.js'

/** Escape text for HTML element content and attribute values. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

// Dates at their real extent, the same text the dashboard and CLI show.
export { day, formatPeriod, formatPublished, formatWhen } from '../shared/when-text.js'

/** `formatWhen` for an interval given by its ends (the granularity only names a decade). */
export function formatInterval(start: string, end: string, granularity?: string): string {
  return formatWhen({ start, end, granularity })
}

// Figures in words, the same text the CLI summary shows.
export { formatValue, humanize } from '../shared/figure-text.js'

/** The last path segment of a source, for citing. */
export function baseName(source: string): string {
  return source.split(/[\\/]/).filter(Boolean).pop() ?? source
}

/** Collapse whitespace and clip to `n` characters, between words. */
export const clip = clipWords
