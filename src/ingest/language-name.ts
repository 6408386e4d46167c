// Apart from language.ts so that naming a language (in a refusal) does not
// load the language detector's trigram tables.
const names = new Intl.DisplayNames(['en'], { type: 'language' })

/** The English name of an ISO 639-3 code, e.g. `fra` -> `French`. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}
