import type { ComponentChildren } from 'preact'
import type { Loaded } from '../lib/use-data.js'

/** Loading / error / content switch shared by every page. */
export function Status<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.error) return <ErrorBox error={state.error} />
  if (state.data === null) return <p class="muted loading" role="status">Loading…</p>
  return <>{children(state.data)}</>
}

export function ErrorBox({ error }: { error: Error }) {
  return (
    <div class="notice error" role="alert">
      <strong>Could not load this view.</strong> {error.message}
    </div>
  )
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>
}
