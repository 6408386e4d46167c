import { scoreFold } from './fold.js'

type Rec = Record<string, any>

export interface SystemDoc {
  base: string
  text: string
  published: unknown
}

/** Python's os.path.basename. */
export function basename(path: string): string {
  const at = path.lastIndexOf('/')
  return at === -1 ? path : path.slice(at + 1)
}

/** The system's export, indexed for matching (score.py `System`). */
export class ScoredSystem {
  readonly entities = new Map<string, Set<string>>()
  readonly docs = new Map<string, SystemDoc>()
  readonly events: Rec[]
  readonly indicators: Rec[]
  readonly conflicts: Rec[]

  constructor(data: Rec) {
    for (const e of data.entities ?? []) {
      const names = new Set([scoreFold(e.name ?? ''), ...((e.aliases ?? []) as unknown[]).map(scoreFold)])
      names.delete('')
      this.entities.set(String(e.id), names)
    }
    for (const d of data.documents ?? []) {
      this.docs.set(String(d.id), { base: basename(String(d.source ?? '')), text: d.text ?? '', published: d.published })
    }
    this.events = data.events ?? []
    this.indicators = data.indicators ?? []
    this.conflicts = data.conflicts ?? []
  }

  /** Folded names for an entity id, or the value itself as a name. */
  names(ref: unknown): Set<string> {
    if (ref === null || ref === undefined) return new Set()
    if (typeof ref === 'object') ref = (ref as Rec).id || (ref as Rec).name
    const key = String(ref)
    const known = this.entities.get(key)
    return known && known.size > 0 ? known : new Set([scoreFold(key)])
  }

  docBase(ref: unknown): string {
    const d = this.docs.get(String(ref))
    return d ? d.base : basename(String(ref))
  }
}

export function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true
  return false
}
