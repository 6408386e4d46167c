/**
 * How long to wait before retry number `attempt` (0-based): exponential from
 * `baseMs`, capped at `maxMs`; a server's Retry-After (seconds or HTTP date)
 * wins when it is given, within the same cap. No jitter: runs stay reproducible.
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, retryAfter: string | null = null): number {
  const stated = retryAfterMs(retryAfter)
  const delay = stated ?? baseMs * 2 ** attempt
  return Math.max(0, Math.min(delay, maxMs))
}

function retryAfterMs(value: string | null): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now())
}

/** Wait `ms`, or stop early (rejecting) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop)
      done()
    }, ms)
    const stop = (): void => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', stop, { once: true })
  })
}
