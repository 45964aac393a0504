import type { OpenDataDictionary } from '../../../shared/contracts/open-data';
import { OPEN_DATA_AGE_BANDS, SUPPRESSED_FLAG, TOTAL_CATEGORY } from '../../../shared/contracts/open-data';
import type { AppDb } from '../../db/client';
import { serviceDirections } from '../journal/journal.tables';
import { MIN_CELL } from './open-data';
import { AGE_BAND_NAMES, GENDER_NAMES, TOTAL_NAME } from './open-data.repository';

const name = (kk: string, ru: string, en: string) => ({ kk, ru, en });

const LANGUAGE = {
  kk: name('қазақша', 'на казахском', 'in Kazakh'),
  ru: name('орысша', 'на русском', 'in Russian'),
  en: name('ағылшынша', 'на английском', 'in English'),
};

/** The CSV columns in file order, with their JSON fields and meanings. */
export const OPEN_DATA_COLUMNS: OpenDataDictionary['columns'] = [
  {
    csv: 'table',
    json: 'table',
    meaning: name(
      'Кесте: by_direction — бағыттар бойынша, by_gender — жынысы бойынша, by_age_band — жас топтары бойынша',
      'Таблица: by_direction — по направлениям, by_gender — по полу, by_age_band — по возрастным группам',
      'Table: by_direction — by service direction, by_gender — by gender, by_age_band — by age band',
    ),
    unit: null,
  },
  {
    csv: 'period_from',
    json: 'periodFrom',
    meaning: name(
      'Кезеңнің бірінші күні (кк.аа.жжжж)',
      'Первый день периода (дд.мм.гггг)',
      'First day of the period (dd.mm.yyyy)',
    ),
    unit: null,
  },
  {
    csv: 'period_to',
    json: 'periodTo',
    meaning: name(
      'Кезеңнің соңғы күні (кк.аа.жжжж)',
      'Последний день периода (дд.мм.гггг)',
      'Last day of the period (dd.mm.yyyy)',
    ),
    unit: null,
  },
  {
    csv: 'region_code',
    json: 'regionCode',
    meaning: name(
      'Өңірдің ҚАТО коды (екі цифр); бос — бүкіл ел',
      'Код региона по КАТО (две цифры); пусто — вся страна',
      'Two-digit KATO region code; empty (null in JSON) — the whole country',
    ),
    unit: null,
  },
  ...(['kk', 'ru', 'en'] as const).map((lang) => ({
    csv: `region_name_${lang}`,
    json: `regionName.${lang}`,
    meaning: name(
      `Өңірдің ${LANGUAGE[lang].kk} атауы`,
      `Название региона ${LANGUAGE[lang].ru}`,
      `Region name ${LANGUAGE[lang].en}`,
    ),
    unit: null,
  })),
  {
    csv: 'category',
    json: 'category',
    meaning: name(
      `Санат: қызмет бағытының коды, жынысы немесе жас тобы; ${TOTAL_CATEGORY} — барлығы`,
      `Категория: код направления услуг, пол или возрастная группа; ${TOTAL_CATEGORY} — всего`,
      `Category: service direction code, gender or age band; ${TOTAL_CATEGORY} — all of them`,
    ),
    unit: null,
  },
  ...(['kk', 'ru', 'en'] as const).map((lang) => ({
    csv: `category_name_${lang}`,
    json: `categoryName.${lang}`,
    meaning: name(
      `Санаттың ${LANGUAGE[lang].kk} атауы`,
      `Название категории ${LANGUAGE[lang].ru}`,
      `Category name ${LANGUAGE[lang].en}`,
    ),
    unit: null,
  })),
  {
    csv: 'people',
    json: 'people',
    meaning: name(
      'Кезеңде қызмет алған әртүрлі жастардың саны (әр адам бір рет саналады). Жиынтықтар да әртүрлі адамдар: бір адам екі бағытта қызмет алуы мүмкін, сондықтан жиынтық ұяшықтардың қосындысына тең болмауы мүмкін. Жасырылған ұяшықта бос (JSON-да null)',
      'Число разных молодых людей, получивших услуги за период (каждый считается один раз). Итоги — тоже разные люди: один человек может получить услуги по двум направлениям, поэтому итог может не равняться сумме ячеек. В скрытой ячейке пусто (null в JSON)',
      'Distinct young people served in the period (each person counted once). Totals are distinct people too: one person may be served under two directions, so a total need not equal the sum of its cells. Empty (null in JSON) when suppressed',
    ),
    unit: 'people',
  },
  {
    csv: 'flag',
    json: 'flag',
    meaning: name(
      `«${SUPPRESSED_FLAG}» — мән құпиялылық үшін жасырылған; бос — мән жарияланған`,
      `«${SUPPRESSED_FLAG}» — значение скрыто ради конфиденциальности; пусто — значение опубликовано`,
      `"${SUPPRESSED_FLAG}" — value suppressed for confidentiality; empty — value published`,
    ),
    unit: null,
  },
];

const SUPPRESSION = name(
  `${MIN_CELL} адамнан аз (1–${MIN_CELL - 1}) адамды сипаттайтын әр ұяшық, жиынтықтарды қоса, жасырылады. Нақты нөлдер 0 ретінде жарияланады. Жасырылған ұяшықты жиынтықтан алу арқылы қалпына келтіруге болмайтындай, жасырылған ұяшығы бар әр жолда және бағанда кемінде екі ұяшық жасырылады (ең кіші қосымша ұяшық таңдалады). Өңір және ел жиынтықтары барлық кестелерде бірдей жасырылады. Жасырылған ұяшықта сан жоқ, flag бағанында «${SUPPRESSED_FLAG}».`,
  `Каждая ячейка, описывающая от 1 до ${MIN_CELL - 1} человек, включая итоги, скрыта. Истинные нули публикуются как 0. Чтобы скрытую ячейку нельзя было восстановить вычитанием из итогов, в каждой строке и каждом столбце со скрытой ячейкой скрыто не менее двух ячеек (дополнительно скрывается наименьшая). Итоги по региону и по стране скрываются одинаково во всех таблицах. В скрытой ячейке нет числа, в столбце flag — «${SUPPRESSED_FLAG}».`,
  `Every cell describing 1 to ${MIN_CELL - 1} people, totals included, is suppressed. True zeros are published as 0. So that no suppressed cell can be recovered by subtracting from the totals, every row and every column holding a suppressed cell has at least two suppressed cells (the smallest other cell is suppressed as well). Region and national totals are suppressed alike in every table. A suppressed cell has no number and "${SUPPRESSED_FLAG}" in the flag column.`,
);

/** The data dictionary of the youth-served dataset (categories from the current directions). */
export async function youthServedDictionary(db: AppDb): Promise<OpenDataDictionary> {
  const directions = await db.select().from(serviceDirections).orderBy(serviceDirections.sortOrder);
  return {
    dataset: 'youth-served',
    title: name(
      'Жастар ресурстық орталықтарында қызмет алған жастар',
      'Молодёжь, получившая услуги молодёжных ресурсных центров',
      'Young people served by youth resource centres',
    ),
    description: name(
      'Жыл немесе тоқсан бойынша өңірлер бөлінісіндегі жинақталған, иесіздендірілген деректер: қызмет бағыты, жынысы және жас тобы (қызмет көрсетілген күнгі жас). Дереккөз — қызметтер журналы.',
      'Обезличенные сводные данные за год или квартал по регионам: направление услуг, пол и возрастная группа (возраст на день услуги). Источник — журнал услуг.',
      'Anonymised aggregates for a year or a quarter by region: service direction, gender and age band (age on the day of the service). Source: the service journal.',
    ),
    suppression: SUPPRESSION,
    suppressedSymbol: SUPPRESSED_FLAG,
    minCell: MIN_CELL,
    columns: OPEN_DATA_COLUMNS,
    categories: [
      ...directions.map((d) => ({
        table: 'by_direction' as const,
        code: d.code,
        name: { kk: d.nameKk, ru: d.nameRu, en: d.nameEn },
      })),
      ...Object.entries(GENDER_NAMES).map(([code, n]) => ({ table: 'by_gender' as const, code, name: n })),
      ...OPEN_DATA_AGE_BANDS.map((code) => ({
        table: 'by_age_band' as const,
        code,
        name: AGE_BAND_NAMES[code],
      })),
      ...(['by_direction', 'by_gender', 'by_age_band'] as const).map((table) => ({
        table,
        code: TOTAL_CATEGORY,
        name: TOTAL_NAME,
      })),
    ],
  };
}
