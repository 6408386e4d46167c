// Where a store lives, without opening it: the CLI reads this at start-up
// (option help), so it imports nothing of the store's drivers.

/** The default store file when neither `--db` nor `DYAD_DB` is given. */
export const DEFAULT_DB = './dyad.db'

/** `--db` first, then the `DYAD_DB` environment variable, then `./dyad.db`. */
export function storeLocation(explicit?: string | null): string {
  return explicit || process.env.DYAD_DB || DEFAULT_DB
}

/** True for a PostgreSQL connection URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location)
}
