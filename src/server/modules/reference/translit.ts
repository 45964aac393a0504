// Kazakh Cyrillic to a plain English-friendly Latin spelling, used for English names of districts
// where no official English name is recorded (e.g. «Көкшетау қаласы» → "Kokshetau").
const MAP: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Transliterates Kazakh or Russian Cyrillic letter by letter, keeping capitalisation. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = MAP[lower];
    if (latin === undefined) out += ch;
    else out += ch === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return out;
}

/** English name of a district or city from its Kazakh name. */
export function englishDistrictName(nameKk: string): string {
  const district = nameKk.match(/^(.*) ауданы$/);
  if (district) return `${transliterate(district[1])} District`;
  const city = nameKk.match(/^(.*) қаласы$/);
  if (city) return transliterate(city[1]);
  return transliterate(nameKk);
}
