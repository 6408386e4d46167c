/**
 * `href` as an absolute http(s) URL (relative links resolved against
 * `base`), or null. A document's URL is written into the brief and the
 * dashboard as a link, so `javascript:`, `data:`, `file:` and every other
 * scheme are refused here, where links enter Dyad.
 */
export function webLink(href: string | null | undefined, base: string | null = null): string | null {
  const trimmed = href?.trim()
  if (!trimmed) return null
  let url: URL
  try {
    url = new URL(trimmed, base ?? undefined)
  } catch {
    return null
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
}

/** True when `url` is an absolute http(s) URL (as written; not normalized). */
export function isWebUrl(url: string): boolean {
  return webLink(url) !== null && /^https?:\/\//i.test(url.trim())
}
