/**
 * Inputs that reach a bug already reported and not yet fixed in code these
 * tests do not own. Each guard names the bug; delete it once the fix lands
 * (the properties then cover those inputs again).
 *
 * footerLimit (src/time/dating/stated.ts): a text that starts with a line
 * break and has fewer than three non-blank lines loops forever
 * (`text.lastIndexOf('\n', -1)` finds offset 0 again, so `start` stays 1).
 * A synchronous loop cannot be stopped by the test timeout, so these inputs
 * are kept out rather than left to hang the run.
 */
export function reachesKnownBug(text: string): boolean {
  return text.startsWith('\n') && text.split('\n').filter((l) => l.trim() !== '').length < 3
}
