// The inverse of formatWhen (src/shared/when-text.ts): the interval a shown date names.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const mm = (name: string) => String(MONTHS.indexOf(name) + 1).padStart(2, '0')
const dd = (n: string) => n.padStart(2, '0')
const lastDay = (y: string, m: string) => String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate())

/** The interval a formatted date names (the inverse of formatWhen). */
export function readBack(text: string): [string, string] {
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})$/.exec(text))) return [`${m[1]}-01-01`, `${m[1]}-12-31`]
  if ((m = /^(\d{4})–(\d{4})$/.exec(text))) return [`${m[1]}-01-01`, `${m[2]}-12-31`]
  if ((m = /^(\d{3})0s$/.exec(text))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`]
  if ((m = /^(\d+) (\w{3}) (\d{4})$/.exec(text))) return [`${m[3]}-${mm(m[2])}-${dd(m[1])}`, `${m[3]}-${mm(m[2])}-${dd(m[1])}`]
  if ((m = /^(\w{3}) (\d{4})$/.exec(text))) return [`${m[2]}-${mm(m[1])}-01`, `${m[2]}-${mm(m[1])}-${lastDay(m[2], mm(m[1]))}`]
  if ((m = /^(\w{3})–(\w{3}) (\d{4})$/.exec(text))) return [`${m[3]}-${mm(m[1])}-01`, `${m[3]}-${mm(m[2])}-${lastDay(m[3], mm(m[2]))}`]
  if ((m = /^(\w{3}) (\d{4}) – (\w{3}) (\d{4})$/.exec(text))) return [`${m[2]}-${mm(m[1])}-01`, `${m[4]}-${mm(m[3])}-${lastDay(m[4], mm(m[3]))}`]
  if ((m = /^(\d+)–(\d+) (\w{3}) (\d{4})$/.exec(text))) return [`${m[4]}-${mm(m[3])}-${dd(m[1])}`, `${m[4]}-${mm(m[3])}-${dd(m[2])}`]
  if ((m = /^(\d+) (\w{3}) – (\d+) (\w{3}) (\d{4})$/.exec(text))) return [`${m[5]}-${mm(m[2])}-${dd(m[1])}`, `${m[5]}-${mm(m[4])}-${dd(m[3])}`]
  if ((m = /^(\d+) (\w{3}) (\d{4}) – (\d+) (\w{3}) (\d{4})$/.exec(text))) return [`${m[3]}-${mm(m[2])}-${dd(m[1])}`, `${m[6]}-${mm(m[5])}-${dd(m[4])}`]
  throw new Error(`unreadable date text: ${text}`)
}

