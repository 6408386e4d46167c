import { useEffect, useState } from 'preact/hooks'

/** The current hash route: `#/events/e12?type=visit` -> path parts + params. */
export interface Route {
  parts: string[]
  params: URLSearchParams
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '')
  const at = raw.indexOf('?')
  const path = at >= 0 ? raw.slice(0, at) : raw
  const params = new URLSearchParams(at >= 0 ? raw.slice(at + 1) : '')
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params }
}

/** A hash link: `href('events', id, {pair})`. Empty params are dropped. */
export function href(...args: (string | Record<string, string | number | null | undefined>)[]): string {
  const parts: string[] = []
  const q = new URLSearchParams()
  for (const a of args) {
    if (typeof a === 'string') parts.push(encodeURIComponent(a))
    else for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  }
  const s = q.toString()
  return `#/${parts.join('/')}${s ? `?${s}` : ''}`
}

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to)
  else location.hash = to.replace(/^#/, '')
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'))
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash))
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash))
    window.addEventListener('hashchange', on)
    return () => window.removeEventListener('hashchange', on)
  }, [])
  return route
}
