// Text with no time expression in it, in the words dates are made of (see table.ts).
import { WED, none } from './row.js'

export const NEGATIVE = [
  none('Officials may meet again.', WED),
  none('Theresa May met the premier.', WED),
  none('Crowds joined the march on the capital.', WED),
  none('Resolution 2231 was cited by both envoys.', WED),
  none('The G20 agenda covers debt relief.', WED),
  none('A total of 1,500 troops took part.', WED),
  none('The COVID-19 outbreak hit trade.', WED),
  none('He applied for an H1 visa.', WED),
  none('The cargo came on a 747 freighter.', WED),
  none('Article 12 of the treaty covers fishing.', WED),
  none('The two sides signed 12 agreements.', WED),
  none('The fund holds $2,024 million in bonds.', WED),
  none('The Long March is taught in schools.', WED),
  none('Both plans fit within Saudi Vision 2030 and Agenda 2063.', WED),
  none('Pavilions built for Expo 2020 stayed open.', WED),
]
