import { country, org, person, place } from './helpers.js'

// Fictional-wording sentences about real country pairs; names are marked by
// the fake entity layer in helpers.ts.
export const JP_PH = [
  country('JP', 'Japan', 'Japanese', 'Tokyo'),
  country('PH', 'the Philippines', 'Philippines', 'Filipino', 'Manila'),
  person('Fumio Kishida', 'JP', ['Prime Minister'], ['Kishida']),
  person('Ferdinand Marcos Jr.', 'PH', ['President'], ['Marcos']),
  person('Yoko Kamikawa', 'JP', ['Foreign Minister'], ['Kamikawa']),
  person('Enrique Manalo', 'PH', ['Foreign Secretary'], ['Manalo']),
  person('Gilberto Teodoro', 'PH', ['Defence Secretary'], ['Teodoro']),
  place('Osaka', 'JP'),
  place('Davao', 'PH'),
]

export const BR_AR = [
  country('BR', 'Brazil', 'Brazilian', 'Brasília'),
  country('AR', 'Argentina', 'Argentine', 'Argentinian'),
  person('Luiz Inácio Lula da Silva', 'BR', ['President'], ['Lula']),
  person('Alberto Fernández', 'AR', ['President'], ['Fernández']),
  person('Mauro Vieira', 'BR', ['Foreign Minister'], ['Vieira']),
  person('Santiago Cafiero', 'AR', ['Foreign Minister'], ['Cafiero']),
  place('Buenos Aires', 'AR'),
  place('Rio de Janeiro', 'BR'),
  org('Workers’ Party', 'BR', 'party'),
  org('Justicialist Party', 'AR', 'party'),
]

export const KE_ET = [
  country('KE', 'Kenya', 'Kenyan', 'Nairobi'),
  country('ET', 'Ethiopia', 'Ethiopian'),
  person('William Ruto', 'KE', ['President'], ['Ruto']),
  person('Abiy Ahmed', 'ET', ['Prime Minister'], ['Abiy']),
  person('Musalia Mudavadi', 'KE', ['Prime Cabinet Secretary'], ['Mudavadi']),
  place('Addis Ababa', 'ET'),
  place('Mombasa', 'KE'),
  org('Joint Ministerial Commission', undefined, 'mechanism'),
]

export const key = {
  kishida: 'person:fumio kishida',
  marcos: 'person:ferdinand marcos jr',
  kamikawa: 'person:yoko kamikawa',
  manalo: 'person:enrique manalo',
  teodoro: 'person:gilberto teodoro',
  lula: 'person:luiz inacio lula da silva',
  fernandez: 'person:alberto fernandez',
  vieira: 'person:mauro vieira',
  cafiero: 'person:santiago cafiero',
  ruto: 'person:william ruto',
  abiy: 'person:abiy ahmed',
  mudavadi: 'person:musalia mudavadi',
}
