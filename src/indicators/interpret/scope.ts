/**
 * The group a rank is taken within: "largest trading partner in ASEAN",
 * "among ASEAN member states", "biggest ASEAN trade partner". Global ranks
 * ("in the world", "globally") have no scope.
 */
const BLOCS = String.raw`ASEAN|African Union|the EU|EU|European Union|Europe|Southeast Asia|South Asia|Central Asia|East Asia|West Asia|Asia-Pacific|Asia|Africa|Sub-Saharan Africa|Latin America|the Americas|North America|South America|the Middle East|Middle East|the Gulf|Gulf|GCC|the Arab world|Arab world|the Arab region|the region|G20|G7|BRICS|APEC|SCO|CIS|the Commonwealth|Mercosur|OECD|the Caribbean|Caribbean|the Pacific|Eurasian Economic Union|EAEU|the Mekong|Mekong|Nordic countries|the Balkans|Balkans|Oceania`

const SCOPE = new RegExp(
  String.raw`\b(?:in|among|within|across|of)\s+(?:the\s+)?(?<bloc>${BLOCS})\b|\b(?<mod>${BLOCS})\b(?=\s+(?:[\w-]+\s+){0,2}?(?:trad(?:e|ing)|export|import|investor|partner|market|countries|member))`,
)
const GLOBAL = /\b(?:in the world|globally|worldwide|world's|overall|in the globe)\b/i

/** The scope named in a rank's phrase, canonical ("the ASEAN" -> "ASEAN"), or null. */
export function scopeOf(phrase: string): string | null {
  const m = SCOPE.exec(phrase)
  if (!m) return null
  const g = m.groups!
  const bloc = (g.bloc ?? g.mod ?? '').replace(/^the\s+/i, '')
  if (GLOBAL.test(phrase.slice(0, m.index))) return null
  return bloc || null
}
