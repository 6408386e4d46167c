// How a pair is written, split alike by the server's parser (src/app/pair.ts)
// and the dashboard's address bar.

/** `VN,CN`, `vn-cn`, `VN/CN`, `Vietnam,China` -> its two parts as typed (a hyphen splits two ISO codes only: `Guinea-Bissau` stays whole). */
export function pairParts(text: string): string[] {
  return text
    .split(/[,/]|(?<=^[A-Za-z]{2})-(?=[A-Za-z]{2}$)/)
    .map((p) => p.trim())
    .filter(Boolean)
}
