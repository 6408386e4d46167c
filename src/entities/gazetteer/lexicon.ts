/**
 * Closed word lists of English news usage: titles, honorifics, the head
 * nouns that end organization and place names, and the particles inside
 * personal names. General vocabulary only: no names of real people or bodies.
 * Every entry is folded (lowercase, no diacritics), as `foldName` gives it.
 */

/** Titles and offices, longest first when matched (multi-word allowed). */
export const TITLES: readonly string[] = [
  'president', 'vice president', 'vice-president', 'president-elect', 'state president', 'prime minister',
  'deputy prime minister', 'first deputy prime minister', 'premier', 'vice premier', 'pm', 'general secretary',
  'secretary general', 'secretary-general', 'party general secretary', 'party chief', 'party leader',
  'chairman', 'chairwoman', 'chairperson', 'vice chairman', 'vice chairwoman', 'chair', 'minister',
  'deputy minister', 'foreign minister', 'defence minister', 'defense minister', 'trade minister',
  'finance minister', 'commerce minister', 'economy minister', 'interior minister', 'state secretary',
  'secretary of state', 'foreign secretary', 'home secretary', 'defence secretary', 'foreign adviser', 'foreign affairs minister', 'external affairs minister', 'secretary', 'deputy secretary', 'ambassador', 'consul general', 'consul', 'envoy',
  'special envoy', 'king', 'queen', 'crown prince', 'prince', 'princess', 'emir', 'amir', 'sultan', 'monarch',
  'chancellor', 'vice chancellor', 'governor', 'mayor', 'speaker', 'deputy speaker', 'director',
  'director general', 'director-general', 'deputy director', 'head', 'chief', 'chief executive', 'ceo',
  'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'congressman', 'congresswoman', 'lawmaker',
  'legislator', 'top legislator', 'top political advisor', 'top political adviser', 'top diplomat', 'diplomat', 'senior diplomat',
  'commander', 'general', 'lieutenant general', 'major general', 'admiral', 'marshal', 'colonel',
  'founder', 'co-founder', 'deputy', 'vice', 'leader', 'supreme leader', 'counsellor', 'counselor',
  'attache', 'chief of mission', 'deputy chief of mission', 'adviser', 'advisor', 'foreign policy adviser',
  'national security adviser', 'aide', 'permanent representative', 'representative', 'delegate', 'secretary of the party committee',
  'first secretary', 'politburo member', 'member', 'standing member', 'permanent member',
  // Plurals: "the General Secretaries of the two Parties" names nobody.
  'general secretaries', 'secretaries general', 'presidents', 'prime ministers', 'ministers', 'foreign ministers', 'foreign secretaries',
  'ambassadors', 'leaders', 'heads', 'chairmen', 'premiers', 'kings', 'deputies', 'secretaries', 'governors',
]

/** Courtesy forms before a name; never part of the name itself. */
export const HONORIFICS: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord', 'madam', 'madame',
  'sheikh', 'sheikha', 'shaikh', 'his highness', 'her highness', 'his royal highness', 'her royal highness',
  'his excellency', 'her excellency', 'excellency', 'highness', 'royal highness', 'majesty', 'h e', 'h h', 'shri', 'sri', 'smt', 'comrade', 'rev',
  'reverend', 'hon', 'honourable', 'honorable', 'his majesty', 'her majesty', 'datuk', 'datuk seri', 'dato',
  'dato sri', 'tan sri', 'tun', 'tunku', 'pehin', 'ustaz', 'haji', 'hajji', 'sayyid', 'mullah', 'ayatollah',
]

/** Given names written abbreviated, part of the name itself ("Md. Rafiqul Islam", "Mohd. Hassan"). */
export const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['md', 'mohd', 'muhd', 'mhd'])

/** Words that, capitalized, end an organization name ("... Committee"). */
export const ORG_HEADS: readonly string[] = [
  'party', 'committee', 'congress', 'assembly', 'parliament', 'senate', 'ministry', 'department', 'agency',
  'front', 'council', 'conference', 'association', 'federation', 'union', 'organization', 'organisation',
  'bank', 'fund', 'authority', 'commission', 'office', 'bureau', 'administration', 'institute', 'university',
  'academy', 'court', 'cabinet', 'government', 'secretariat', 'politburo', 'corporation', 'company', 'group',
  'holding', 'holdings', 'pharmaceuticals', 'airlines', 'airways', 'news', 'daily', 'times', 'post', 'press',
  'television', 'tv', 'radio', 'broadcasting', 'channel', 'nations', 'alliance', 'league', 'chamber',
  'coalition', 'customs', 'forces', 'army', 'navy', 'guard', 'police', 'network', 'foundation', 'society',
  'board', 'centre', 'center', 'station', 'service', 'services', 'power', 'petroleum', 'telecom',
  'forum', 'summit', 'dialogue', 'sub-region', 'subregion',
  'mechanism', 'initiative', 'corridor', 'corridors', 'circle', 'strategy', 'programme', 'program', 'plan',
  'project', 'framework', 'belt', 'road', 'route', 'embassy', 'consulate', 'delegation', 'caucus', 'club',
  'corp', 'inc', 'ltd', 'plc', 'llc', 'limited', 'motors', 'motor corp', 'airline', 'railways', 'steel', 'bancorp',
  'cross', 'crescent',
]

/** Heads that make the name an inter-state mechanism rather than a body of one state. */
export const MECHANISM_HEADS: ReadonlySet<string> = new Set([
  'mechanism', 'dialogue', 'steering committee', 'joint committee', 'joint commission', 'intergovernmental committee',
])

/** Heads that make the name an initiative, plan or corridor. */
export const INITIATIVE_HEADS: ReadonlySet<string> = new Set([
  'initiative', 'corridor', 'corridors', 'circle', 'strategy', 'programme', 'program', 'plan', 'project',
  'framework', 'belt', 'road', 'route',
])

/** Heads of a party name. */
export const PARTY_HEADS: ReadonlySet<string> = new Set(['party'])

/** Words that, capitalized, end a place or facility name ("Great Hall", "Gulf of ..."). */
export const PLACE_HEADS: readonly string[] = [
  'palace', 'hall', 'park', 'square', 'port', 'airport', 'bridge', 'delta', 'river', 'gulf', 'sea', 'ocean',
  'bay', 'strait', 'straits', 'island', 'islands', 'peninsula', 'mountain', 'mountains', 'desert', 'lake',
  'valley', 'province', 'city', 'state', 'county', 'district', 'prefecture', 'governorate', 'emirate',
  'street', 'avenue', 'stadium', 'temple', 'mosque', 'cathedral', 'monument', 'memorial', 'mausoleum',
  'house', 'building', 'tower', 'centre', 'plaza', 'border gate', 'checkpoint', 'canal', 'coast',
]

/** Lowercase nouns after a capitalized name that make it a place ("Yunnan province"). */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set([
  'province', 'city', 'state', 'region', 'county', 'district', 'prefecture', 'governorate', 'emirate',
  'municipality', 'port', 'capital', 'island', 'islands',
])

/** Ordinary capitalized words inside ministry and office names ("Minister of Industry and Trade"). */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'industry', 'trade', 'commerce', 'foreign', 'affairs', 'external', 'internal', 'home', 'defence', 'defense',
  'finance', 'health', 'education', 'training', 'justice', 'interior', 'agriculture', 'rural', 'development',
  'planning', 'investment', 'economy', 'economic', 'energy', 'labour', 'labor', 'invalids', 'social',
  'transport', 'transportation', 'culture', 'sports', 'sport', 'tourism', 'information', 'communications',
  'communication', 'science', 'technology', 'environment', 'natural', 'resources', 'public', 'security',
  'construction', 'international', 'cooperation', 'national', 'state', 'information', 'media', 'youth',
  'women', 'family', 'water', 'oil', 'gas', 'mines', 'mining', 'petroleum', 'power', 'electricity', 'housing',
  'urban', 'digital', 'innovation', 'infrastructure', 'treasury', 'budget', 'revenue', 'customs', 'immigration',
  'foreign affairs', 'and', 'of', 'the', 'for', 'on', 'free', 'zones', 'fisheries', 'forestry', 'food',
  'climate', 'heritage', 'religious', 'legal', 'veterans', 'relations', 'affairs', 'ethnic', 'minority',
])

/** Lowercase particles that may sit inside a personal name. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'bin', 'bint', 'ibn', 'binti', 'al', 'el', 'ul', 'ud', 'abu', 'de', 'del', 'della', 'da', 'das', 'dos', 'du',
  'van', 'von', 'der', 'den', 'la', 'le', 'y', 'e', 'di', 'ben', 'bte', 'ter', 'zu', 'es',
])

/** Lowercase words that may join capitalized words inside one organization or place name. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'on', 'the', 'de', 'du', 'des', 'to', 'in', '&'])

/** Capitalized words that are never a name on their own (sentence openers, weekdays, months). */
export const NON_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'during', 'despite', 'after', 'before', 'following', 'according',
  'regarding', 'meanwhile', 'currently', 'additionally', 'particularly', 'thanks', 'since', 'between', 'with',
  'from', 'for', 'to', 'as', 'by', 'of', 'and', 'but', 'or', 'this', 'that', 'these', 'those', 'it', 'its',
  'his', 'her', 'their', 'our', 'we', 'they', 'he', 'she', 'i', 'you', 'there', 'here', 'other', 'both', 'all',
  'each', 'every', 'many', 'some', 'most', 'more', 'further', 'furthermore', 'moreover', 'however', 'also',
  'while', 'when', 'where', 'which', 'who', 'what', 'why', 'how', 'if', 'once', 'now', 'today', 'yesterday',
  'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'updated',
  'photo', 'photos', 'video', 'read', 'more', 'related', 'source', 'cover', 'note', 'search', 'trends',
  'home', 'back', 'top', 'share', 'follow', 'comment', 'comments', 'editor', 'copyright', 'click', 'yes', 'no',
  'noting', 'highlighting', 'speaking', 'addressing', 'welcoming', 'recently',
  'earlier', 'later', 'then', 'thus', 'so', 'yet', 'still', 'again', 'not', 'only', 'just', 'even', 'about',
  'over', 'under', 'up', 'out', 'into', 'through', 'via', 'per', 'than', 'such', 'same', 'first',
  'second', 'third', 'last', 'next', 'efforts', 'tightened', 'thriving',
])

/** All-capital words that are not organizations (currencies are added from the country data). */
export const NON_ACRONYMS: ReadonlySet<string> = new Set([
  'fdi', 'gdp', 'gnp', 'ceo', 'cfo', 'pm', 'am', 'gmt', 'utc', 'tv', 'it', 'id', 'mou', 'mous', 'covid',
  'ai', 'ict', 'usd', 'vat', 'sme', 'smes', 'r', 'l', 'ok', 'faq', 'pdf', 'url', 'hq', 'ii', 'iii', 'iv', 'vi',
  'vii', 'viii', 'ix', 'xi', 'xii', 'mw', 'gw', 'kw', 'km', 'kg', 'bn', 'mn', 'bln', 'mln', 'tt', 'ap', 'op',
  'ed', 'usa', 'dc', 'jr', 'sr', 'st', 'no', 'yes', 'co', 'ltd', 'inc', 'plc', 'llc', 'ppe', 'sez', 'he', 'hh',
  'pr', 'qr', 'ph', 'phd', 'ma', 'ba', 'bsc', 'msc', 'ad', 'bc', 'ce', 'bce', 'eta', 'etc', 'ie', 'eg',
  // page furniture in capitals: section names and labels of a news site ("POPULAR ARTICLE", "... Agency ASIA")
  'article', 'articles', 'popular', 'latest', 'trending', 'breaking', 'exclusive', 'opinion', 'analysis',
  'editorial', 'feature', 'features', 'video', 'videos', 'watch', 'live', 'update', 'updated', 'news', 'world',
  'business', 'politics', 'sports', 'sport', 'culture', 'photos', 'gallery', 'podcast', 'subscribe', 'menu',
  'more', 'read', 'share', 'print', 'top', 'home', 'related', 'advertisement', 'sponsored', 'premium', 'alert',
  'asia', 'europe', 'africa', 'americas', 'oceania', 'pacific', 'middle', 'east', 'west', 'north', 'south',
])

/** Speech and reporting verbs that follow a person's name ("Wei said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'stated', 'states', 'noted', 'notes', 'added', 'adds', 'stressed', 'stresses',
  'emphasised', 'emphasized', 'affirmed', 'affirms', 'highlighted', 'urged', 'announced', 'wrote', 'explained',
  'remarked', 'underlined', 'underscored', 'asserted', 'insisted', 'argued', 'warned', 'recalled', 'expressed',
  'welcomed', 'thanked', 'praised', 'proposed', 'suggested', 'commented', 'replied', 'responded', 'confirmed',
])

/** Verbs of what people do in diplomatic news, after a bare name ("Emmanuel Macron will pay a visit"): evidence of a person. */
export const ACTION_VERBS: ReadonlySet<string> = new Set([
  'met', 'meet', 'meets', 'visited', 'visit', 'visits', 'arrived', 'arrive', 'arrives', 'landed', 'flew', 'travelled', 'traveled',
  'pay', 'paid', 'pays', 'hosted', 'host', 'hosts', 'received', 'receive', 'receives', 'held talks', 'hold talks', 'holds talks',
  'held a summit', 'spoke', 'speak', 'spoken', 'phoned', 'telephoned', 'signed', 'sign', 'pledged', 'vowed', 'promised',
  'accused', 'criticised', 'criticized', 'condemned', 'congratulated', 'greeted', 'shook hands',
])

/** Qualifiers of a role placed before the title. */
export const ROLE_QUALIFIERS: ReadonlyMap<string, 'former' | 'then' | 'current' | 'elect'> = new Map([
  ['former', 'former'],
  ['ex', 'former'],
  ['late', 'former'],
  ['then', 'then'],
  ['current', 'current'],
  ['incumbent', 'current'],
  ['sitting', 'current'],
  ['newly elected', 'current'],
  ['newly re elected', 'current'],
  ['re elected', 'current'],
  ['newly appointed', 'current'],
  ['incoming', 'elect'],
  ['designate', 'elect'],
  ['elect', 'elect'],
])
