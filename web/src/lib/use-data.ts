import { useEffect, useState } from 'preact/hooks'
import { entityNames } from '../api/client.js'
import type { Names } from '../api/views.js'

export interface Loaded<T> {
  data: T | null
  error: Error | null
  loading: boolean
}

/**
 * Run an async loader (given the entity names) whenever `deps` change; stale
 * answers from an earlier render are dropped.
 */
export function useData<T>(load: (names: Names) => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true })
  useEffect(() => {
    let live = true
    setState((s) => ({ data: s.data, error: null, loading: true }))
    entityNames()
      .then(load)
      .then(
        (data) => live && setState({ data, error: null, loading: false }),
        (error: unknown) => live && setState({ data: null, error: error instanceof Error ? error : new Error(String(error)), loading: false }),
      )
    return () => {
      live = false
    }
  }, deps)
  return state
}
