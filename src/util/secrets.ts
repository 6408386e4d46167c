// Query parameters that carry a secret in a connection string or URL
// (libpq's `password`, `sslpassword`; tokens and keys in web URLs). A value
// ends at the next parameter or blank, or at a `: ` after the URL in a message.
const SECRET_PARAM = /([?&;]\s*)(password|passwd|pwd|pass|sslpassword|secret|token|api_key|apikey|access_token|key)=((?:[^&;#\s:]|:(?!\s|$))*)/gi

/**
 * `text` (a connection string, a URL, or a message that quotes one) with
 * every password replaced by `***`: the password of each `scheme://user:pw@`
 * (a raw `@` in it included: the user part ends at the last `@` of the
 * authority) and the value of each secret query parameter (`?password=`).
 * The user name and host stay, so the message still says which store.
 */
export function hideSecrets(text: string): string {
  let out = ''
  let from = 0
  // Each authority: from `://` to the first blank, `/`, `?` or `#`. One pass:
  // the scan resumes after the authority it read.
  for (let at = text.indexOf('://'); at !== -1; at = text.indexOf('://', from)) {
    const start = at + 3
    let end = start
    while (end < text.length && !' \t\n\r/?#'.includes(text[end]!)) end++
    const authority = text.slice(start, end)
    const last = authority.lastIndexOf('@')
    const colon = authority.indexOf(':')
    out += text.slice(from, start)
    out += last !== -1 && colon !== -1 && colon < last ? `${authority.slice(0, colon)}:***${authority.slice(last)}` : authority
    from = end
  }
  out += text.slice(from)
  return out.replace(SECRET_PARAM, '$1$2=***')
}

/** True when a URL carries a user name or password. */
export function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.username !== '' || parsed.password !== ''
  } catch {
    return false
  }
}
