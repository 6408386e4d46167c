/**
 * Waits a worker can cut short: polling an empty queue, backing off while
 * the database is away. `close` ends every wait, and later ones at once
 * (the worker is stopping).
 */
export class Pause {
  private readonly waiting = new Set<() => void>()
  private closed = false

  /** Resolve after `ms`, or at once when closed. */
  for(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve()
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.waiting.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.waiting.add(done)
    })
  }

  /** End every wait, now and to come. */
  close(): void {
    this.closed = true
    for (const done of [...this.waiting]) done()
  }
}
