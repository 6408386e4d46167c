/**
 * CAMEO quad classes and a Goldstein-style cooperation/conflict weight.
 * Quad class follows the CAMEO root: 01-05 verbal cooperation, 06-08
 * material cooperation, 09-13 verbal conflict, 14-20 material conflict.
 * Weights are the Goldstein (1992) scale values as commonly tabulated for
 * CAMEO; codes not listed fall back to their root's value.
 */
const WEIGHTS: Record<string, number> = {
  '01': 0.0,
  '010': 0.0,
  '012': -0.1,
  '013': 0.4,
  '02': 3.0,
  '03': 4.0,
  '036': 4.0,
  '031': 5.2,
  '032': 4.5,
  '04': 1.0,
  '040': 1.0,
  '041': 1.0,
  '042': 1.9,
  '043': 2.8,
  '044': 2.5,
  '045': 5.0,
  '046': 7.0,
  '05': 3.5,
  '051': 3.4,
  '052': 3.5,
  '053': 3.8,
  '054': 6.0,
  '055': 7.0,
  '056': 7.0,
  '057': 8.0,
  '06': 6.0,
  '061': 6.4,
  '062': 7.4,
  '063': 7.4,
  '064': 7.0,
  '07': 7.0,
  '071': 7.4,
  '072': 8.3,
  '073': 7.4,
  '074': 8.5,
  '075': 7.0,
  '08': 5.0,
  '09': -2.0,
  '10': -5.0,
  '11': -2.0,
  '111': -2.0,
  '112': -2.0,
  '12': -4.0,
  '13': -6.0,
  '14': -6.5,
  '15': -7.2,
  '16': -4.0,
  '17': -7.0,
  '18': -9.0,
  '19': -10.0,
  '20': -10.0,
}

/** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; null if not CAMEO. */
export function quadClass(cameo: string): number | null {
  const root = Number(cameo.slice(0, 2))
  if (!/^\d{2,4}$/.test(cameo) || root < 1 || root > 20) return null
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4
}

/** The Goldstein-style weight of a CAMEO code, or null when not defined. */
export function goldstein(cameo: string): number | null {
  if (!/^\d{2,4}$/.test(cameo)) return null
  for (let n = cameo.length; n >= 2; n--) {
    const w = WEIGHTS[cameo.slice(0, n)]
    if (w !== undefined) return w
  }
  return null
}

/** Quad class names as the API, the dashboard and the brief show them. */
export const QUAD_NAMES = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'] as const
export type QuadName = (typeof QUAD_NAMES)[number]

/** The quad class of a CAMEO code by name, or null when the code is not CAMEO. */
export function quadName(cameo: string): QuadName | null {
  const q = quadClass(cameo)
  return q === null ? null : QUAD_NAMES[q - 1]!
}

/** Cooperation or conflict: the two sides the dashboard filter and the monthly balance split on. */
export function sideOf(cameo: string): 'cooperation' | 'conflict' | null {
  const q = quadClass(cameo)
  return q === null ? null : q <= 2 ? 'cooperation' : 'conflict'
}
