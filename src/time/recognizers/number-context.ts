// Numbers that look like years or days but are amounts, identifiers, parts
// of a phone number or a code: checked on the characters around a match.
// A year in the name of a plan or a fair ("Saudi Vision 2030", "Agenda 2063",
// "Expo 2020") names it, not a time of the story.

const BEFORE_BAD =
  /(?:[\d$€£¥#№+]\s?|\d[.,:]|[A-Za-z]-|\b(?:US|S|A|HK)\$\s?|\b(?:No|Nos|Art|Article|Articles|Resolution|Decree|Decision|Circular|Law|Chapter|Section|Clause|Paragraph|Rule|Directive|Order|Item|Case|Flight|Room|Route|Highway|Road|Street|Lot|Code|Model|Vol|Page|pp?|Tel|Phone|Fax|Hotline|ISO|Vision|Agenda|Expo|Horizon|USD|VND|CNY|RMB|EUR|JPY|KRW|INR|GBP|Rs)\.?\s*)$/
const AFTER_BAD =
  /^(?:\s?(?:%|‰|per\s?cent|percent|[.,]\d|\d(?!\d?:\d\d))|\s*(?:-\s?)?(?:million|billion|trillion|thousand|tonnes?|tons?|km|kilomet|met(?:er|re)s?|kg|kilograms?|MW|GW|kWh|USD|VND|CNY|yuan|dollars?|euros?|people|persons|workers|projects|units|cases|doses|vehicles|square|sq|hectares?|ha|barrels|cars|households|students|members|delegates|troops|soldiers|visitors|tourists|passengers|enterprises|companies|firms|meters|feet|miles|items|pieces|deaths|votes|seats|times)\b)/

// "about 2000 criminals", "some 1500 migrants": an approximate count of a
// plural noun, whatever the noun (a year after "about" follows "in", "since").
const APPROX_BEFORE =
  /(?<!\b(?:in|since|by|from|until|till|of|to)\s)\b(?:about|around|some|nearly|almost|roughly|approximately|over|more than|fewer than|less than|at least|up to)\s$/i
const PLURAL_AFTER = /^\s[a-z]+s\b/
const NOT_PLURAL = /^\s(?:was|has|is|as|this|its|his|us|thus|plus|yes|across|unless|always|perhaps|whereas)\b/

/** True when the number at [start, end) of `text` reads as a date part, not an amount or identifier. */
export function numberContextOk(text: string, start: number, end: number): boolean {
  const head = text.slice(Math.max(0, start - 14), start)
  if (BEFORE_BAD.test(head)) return false
  const tail = text.slice(end, end + 16)
  if (APPROX_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && PLURAL_AFTER.test(tail) && !NOT_PLURAL.test(tail)) return false
  return !AFTER_BAD.test(tail)
}
