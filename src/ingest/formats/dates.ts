const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * The calendar day a stated date names, `YYYY-MM-DD`, or null. The day is the
 * one written (the publisher's local day), not converted to UTC: ISO strings
 * keep their date part, RFC 822 dates (RSS) their day-month-year.
 */
export function toIsoDay(value: string | null | undefined): string | null {
  if (!value) return null
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (iso) return checked(+iso[1], +iso[2], +iso[3])
  const rfc = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(text)
  if (rfc) return checked(+rfc[3], MONTHS.indexOf(rfc[2].toLowerCase()) + 1, +rfc[1])
  const us = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text)
  if (us) return checked(+us[3], MONTHS.indexOf(us[1].toLowerCase()) + 1, +us[2])
  const compact = /^(\d{4})(\d{2})(\d{2})(T|$)/.exec(text)
  if (compact) return checked(+compact[1], +compact[2], +compact[3])
  return null
}

function checked(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1) return null
  return date.toISOString().slice(0, 10)
}
