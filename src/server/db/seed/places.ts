import { transliterate } from '../../modules/reference/translit';
import type { Random } from './random';

/** The region fields the demo network is named and placed from. */
export interface RegionRef {
  code: string;
  kind: 'region' | 'city';
  nameKk: string;
  nameRu: string;
  nameEn: string;
  adminCentreKk: string | null;
}

/** The district fields the demo network is named and placed from. */
export interface DistrictRef {
  id: number;
  regionCode: string;
  katoPrefix: string | null;
  kind: 'city' | 'district';
  nameKk: string;
  nameRu: string;
  isRegionalCentre: boolean;
}

export interface CentreNames {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/** Latitude and longitude of each region's capital (the city itself for Astana, Almaty, Shymkent). */
export const REGIONAL_CAPITALS: Record<string, readonly [number, number]> = {
  '10': [50.4111, 80.2275], // Semey
  '11': [53.2836, 69.3783], // Kokshetau
  '15': [50.2839, 57.167], // Aktobe
  '19': [43.8667, 77.0667], // Konaev
  '23': [47.0945, 51.9238], // Atyrau
  '27': [51.2278, 51.3865], // Oral
  '31': [42.9, 71.3667], // Taraz
  '33': [45.0156, 78.3739], // Taldykorgan
  '35': [49.8047, 73.1094], // Karaganda
  '39': [53.2144, 63.6246], // Kostanay
  '43': [44.8528, 65.5092], // Kyzylorda
  '47': [43.6481, 51.1722], // Aktau
  '55': [52.2873, 76.9674], // Pavlodar
  '59': [54.8667, 69.15], // Petropavl
  '61': [43.2973, 68.2518], // Turkistan
  '62': [47.7833, 67.7144], // Zhezkazgan
  '63': [49.9483, 82.6275], // Oskemen
  '71': [51.1282, 71.4306], // Astana
  '75': [43.238, 76.9456], // Almaty
  '79': [42.3174, 69.5901], // Shymkent
};

/** Landline area code of each regional capital, for the centres located there. */
export const AREA_CODES: Record<string, string> = {
  '10': '7222',
  '11': '7162',
  '15': '7132',
  '19': '72772',
  '23': '7122',
  '27': '7112',
  '31': '7262',
  '33': '7282',
  '35': '7212',
  '39': '7142',
  '43': '7242',
  '47': '7292',
  '55': '7182',
  '59': '7152',
  '61': '72533',
  '62': '7102',
  '63': '7232',
  '71': '7172',
  '75': '727',
  '79': '7252',
};

/** Mobile operator prefixes in Kazakhstan. */
const MOBILE_PREFIXES = ['701', '702', '705', '707', '708', '747', '771', '775', '776', '777', '778'];

// biome-ignore format: a word list reads better in rows
const STREETS = [
  'Абай даңғылы', 'Бұқар жырау көшесі', 'Республика даңғылы', 'Назарбаев көшесі', 'Тәуелсіздік даңғылы',
  'Бейбітшілік көшесі', 'Достық көшесі', 'Әл-Фараби даңғылы', 'Қабанбай батыр көшесі', 'Сейфуллин көшесі',
  'Жамбыл көшесі', 'Әуезов көшесі', 'Төле би көшесі', 'Момышұлы көшесі', 'Абылай хан даңғылы',
  'Желтоқсан көшесі', 'Наурыз көшесі', 'Шоқан Уәлиханов көшесі', 'Құнанбаев көшесі', 'Майлин көшесі',
  'Есенберлин көшесі', 'Жастар көшесі', 'Мұқанов көшесі', 'Сәтбаев көшесі', 'Қонаев көшесі',
];

/** Russian genitive of the three cities of republican significance. */
const CITY_GENITIVE_RU: Record<string, string> = { '71': 'Астаны', '75': 'Алматы', '79': 'Шымкента' };

/** English names of cities of regional significance as they are usually spelled in English. */
const CITY_EN: Record<string, string> = {
  Курчатов: 'Kurchatov',
  Степногорск: 'Stepnogorsk',
  Косшы: 'Kosshy',
  Алатау: 'Alatau',
  Текели: 'Tekeli',
  Балхаш: 'Balkhash',
  Приозерск: 'Priozersk',
  Сарань: 'Saran',
  Темиртау: 'Temirtau',
  Шахтинск: 'Shakhtinsk',
  Аркалык: 'Arkalyk',
  Лисаковск: 'Lisakovsk',
  Рудный: 'Rudny',
  Байконыр: 'Baikonur',
  Жанаозен: 'Zhanaozen',
  Аксу: 'Aksu',
  Экибастуз: 'Ekibastuz',
  Арысь: 'Arys',
  Кентау: 'Kentau',
  Каражал: 'Karazhal',
  Сатпаев: 'Satpayev',
  Риддер: 'Ridder',
};

const KK_CENTRE = 'жастар ресурстық орталығы';
const RU_CENTRE = 'молодёжный ресурсный центр';
const EN_CENTRE = 'Youth Resource Centre';

const titleCase = (text: string) =>
  text.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/** «Абай ауданы» → «Абай», «Ғабит Мүсірепов атындағы аудан» stays whole, «Теміртау қаласы» → «Теміртау». */
const districtStemKk = (nameKk: string) => nameKk.replace(/ (ауданы|қаласы)$/, '');

/** Names of a region's regional centre, e.g. «Қарағанды облыстық жастар ресурстық орталығы». */
export function regionalCentreNames(region: RegionRef): CentreNames {
  if (region.kind === 'city') {
    return {
      nameKk: `${region.nameKk} қалалық ${KK_CENTRE}`,
      nameRu: `Молодёжный ресурсный центр города ${CITY_GENITIVE_RU[region.code] ?? region.nameRu}`,
      nameEn: `${region.nameEn} City ${EN_CENTRE}`,
    };
  }
  const adjective = region.nameRu.match(/^(.+)ская область$/);
  return {
    nameKk: `${region.nameKk.replace(/ облысы$/, '')} облыстық ${KK_CENTRE}`,
    nameRu: adjective
      ? `${adjective[1]}ский областной ${RU_CENTRE}`
      : `Областной ${RU_CENTRE} ${region.nameRu.replace(/^область /, 'области ')}`,
    nameEn: `${region.nameEn.replace(/ Region$/, '')} Regional ${EN_CENTRE}`,
  };
}

/** Names of a city or district centre, e.g. «Молодёжный ресурсный центр Абайского района». */
export function localCentreNames(district: DistrictRef): CentreNames {
  const stemKk = districtStemKk(district.nameKk);
  if (district.kind === 'city') {
    return {
      nameKk: `${stemKk} қалалық ${KK_CENTRE}`,
      nameRu: `Молодёжный ресурсный центр города ${district.nameRu}`,
      nameEn: `${CITY_EN[district.nameRu] ?? titleCase(transliterate(stemKk))} City ${EN_CENTRE}`,
    };
  }
  const adjective = district.nameRu.match(/^(.+)ский район$/);
  const ofDistrictRu = adjective
    ? `${adjective[1]}ского района`
    : district.nameRu.replace(/^район /, 'района ');
  const stemEn = titleCase(transliterate(stemKk.replace(/ атындағы аудан$/, '')));
  return {
    nameKk: `${stemKk.replace(/ атындағы аудан$/, ' атындағы')} аудандық ${KK_CENTRE}`,
    nameRu: `Молодёжный ресурсный центр ${ofDistrictRu}`,
    nameEn: `${stemEn} District ${EN_CENTRE}`,
  };
}

const streetAddress = (rng: Random) => `${rng.pick(STREETS)}, ${rng.int(1, 180)}`;

/** A plausible postal address in Kazakh: the town (or region and district), street and house. */
export function centreAddress(rng: Random, region: RegionRef, district?: DistrictRef): string {
  const capital = `${region.adminCentreKk ?? region.nameKk} қ.`;
  if (!district) return `${capital}, ${streetAddress(rng)}`;
  if (region.kind === 'city') return `${capital}, ${district.nameKk}, ${streetAddress(rng)}`;
  if (district.kind === 'city') {
    return `${region.nameKk}, ${districtStemKk(district.nameKk)} қ., ${streetAddress(rng)}`;
  }
  return `${region.nameKk}, ${district.nameKk}, ${streetAddress(rng)}`;
}

const digits = (rng: Random, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');

/** A landline number in the regional capital: +7 7212 41 23 45 (ten digits after +7). */
export function landlinePhone(rng: Random, regionCode: string): string {
  const area = AREA_CODES[regionCode] ?? '7172';
  const rest = `${rng.int(2, 5)}${digits(rng, 9 - area.length)}`;
  const groups =
    rest.length === 6
      ? [rest.slice(0, 2), rest.slice(2, 4), rest.slice(4)]
      : [rest.slice(0, rest.length - 4), rest.slice(-4, -2), rest.slice(-2)];
  return `+7 ${area} ${groups.join(' ')}`;
}

/** A mobile number: +7 777 123 45 67. */
export function mobilePhone(rng: Random): string {
  const rest = digits(rng, 7);
  return `+7 ${rng.pick(MOBILE_PREFIXES)} ${rest.slice(0, 3)} ${rest.slice(3, 5)} ${rest.slice(5)}`;
}
