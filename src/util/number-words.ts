/**
 * Cardinal number words of English news ("five projects", "fifteen years of
 * ties", "a dozen rounds of talks") and their values: one table for every
 * stage that reads a count written in words.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
}

/** The value of a count written in digits or in one number word ("14", "Fourteen"), or undefined. */
export function cardinalOf(raw: string): number | undefined {
  return /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw.toLowerCase()]
}
