/**
 * Two countries whose relations a query asks about. `keys` keeps the order
 * the user gave (`VN,CN` reads "Vietnam – China"); `stored` is the form
 * records carry: the keys sorted and comma-joined (`country:CN,country:VN`).
 */
export interface Pair {
  readonly keys: readonly [string, string]
  readonly stored: string
}
