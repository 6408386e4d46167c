/**
 * One colour per event type, for the dashboard and the brief alike; chosen
 * for contrast on white (WCAG AA for text at 4.5:1 where used as text).
 */
export const EVENT_COLORS: Readonly<Record<string, string>> = {
  visit: '#1f5fa8',
  talks: '#0f7a6c',
  meeting: '#2f8132',
  phone_call: '#6b4fb3',
  summit: '#b3261e',
  agreement: '#9a5b00',
  award: '#8a3f8f',
  aid: '#00708a',
  statement: '#5c6770',
  relations_milestone: '#1b1f24',
  protest: '#a8321e',
  accusation: '#a83254',
  sanction: '#7a2e2e',
  demand: '#8c3b12',
  rejection: '#8f2d56',
  threat: '#9b1c1c',
  expulsion: '#6d2a2a',
  arrest: '#5b2333',
  incident: '#005f87',
  military_action: '#4b5320',
  cooperation: '#2b6f3a',
  yield: '#3d6b8f',
  investigation: '#5a4e7c',
}

/** An event type's colour; a type without one of its own is grey. */
export const eventColor = (type: string): string => EVENT_COLORS[type] ?? '#44505c'
