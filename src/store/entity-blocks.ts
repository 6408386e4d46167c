import type { Entity } from '../model/types.js'
import { foldName } from '../util/fold.js'

/**
 * Blocking keys of a document entity: resolution compares only entities
 * that share one, so its cost follows the entity, not the store. The key
 * itself, every folded name and alias, and for people the first and last
 * word of each name (a surname alone, a given name alone).
 */
export function entityBlocks(entity: Entity): string[] {
  const blocks = new Set<string>([`key:${entity.key}`])
  for (const name of [entity.name, ...entity.aliases]) {
    const folded = foldName(name)
    if (!folded) continue
    blocks.add(`name:${folded}`)
    if (entity.type === 'person') {
      const words = folded.split(' ')
      blocks.add(`word:${words[0]}`)
      blocks.add(`word:${words[words.length - 1]}`)
    }
  }
  return [...blocks].sort()
}
