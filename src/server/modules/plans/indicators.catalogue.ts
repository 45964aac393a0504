import type { IndicatorLevel, IndicatorSource, IndicatorUnit } from '../../../shared/contracts/indicators';

type Texts = { kk: string; ru: string; en: string };

export interface CatalogueIndicator {
  code: string;
  name: Texts;
  description?: Texts;
  unit: IndicatorUnit;
  level: IndicatorLevel;
  source: IndicatorSource;
}

/** The journal indicators: computed from the rollups for a region or a centre and a year, never stored. */
export const JOURNAL_INDICATOR_CODES = [
  'served_youth',
  'neet_reached',
  'services_total',
  'neet_cases_confirmed',
] as const;
export type JournalIndicatorCode = (typeof JOURNAL_INDICATOR_CODES)[number];

/** The base indicators shipped with the system; national users add more and may rename these. */
export const BASE_INDICATORS: CatalogueIndicator[] = [
  {
    code: 'youth_population',
    name: { kk: 'Жастар саны', ru: 'Численность молодёжи', en: 'Youth population' },
    description: {
      kk: 'Өңірдегі жастар саны; жас аралығы жыл сайын көрсетіледі, себебі ресми статистика оны өзгерткен.',
      ru: 'Численность молодёжи региона; возрастная группа указана при каждом значении, так как официальная статистика её меняла.',
      en: 'Young people living in the region; the age band is given with each figure, since official statistics changed it over time.',
    },
    unit: 'people',
    level: 'region',
    source: 'statistics',
  },
  {
    code: 'neet_share',
    name: {
      kk: 'NEET жастарының үлесі',
      ru: 'Доля молодёжи NEET',
      en: 'NEET share of young people',
    },
    description: {
      kk: 'Оқымайтын, жұмыс істемейтін және кәсіптік даярлықтан өтпейтін жастардың үлесі, %.',
      ru: 'Доля молодёжи, которая не учится, не работает и не проходит профессиональную подготовку, %.',
      en: 'Share of young people not in employment, education or training, %.',
    },
    unit: 'percent',
    level: 'region',
    source: 'statistics',
  },
  {
    code: 'served_youth',
    name: {
      kk: 'Қызмет алған жастар',
      ru: 'Получившие услуги молодые люди',
      en: 'Young people served',
    },
    description: {
      kk: 'Жыл ішінде кемінде бір қызмет алған жеке жастар саны (журнал бойынша, әр адам бір рет).',
      ru: 'Число разных молодых людей, получивших за год хотя бы одну услугу (по журналу, каждый один раз).',
      en: 'Distinct named young people given at least one service in the year (from the journal, each counted once).',
    },
    unit: 'people',
    level: 'centre',
    source: 'journal',
  },
  {
    code: 'neet_reached',
    name: { kk: 'Қамтылған NEET жастары', ru: 'Охваченная молодёжь NEET', en: 'NEET young people reached' },
    description: {
      kk: 'Жыл ішінде NEET мәртебесінде қызмет алған жеке жастар саны.',
      ru: 'Число разных молодых людей, получивших услугу за год, будучи в статусе NEET.',
      en: 'Distinct young people served in the year while NEET.',
    },
    unit: 'people',
    level: 'centre',
    source: 'journal',
  },
  {
    code: 'services_total',
    name: { kk: 'Көрсетілген қызметтер', ru: 'Оказано услуг', en: 'Services given' },
    description: {
      kk: 'Жыл ішінде журналға жазылған қызметтер саны (атаусыз қызметтерді қоса).',
      ru: 'Число услуг, записанных в журнал за год (включая анонимные).',
      en: 'Services recorded in the journal in the year, anonymous ones included.',
    },
    unit: 'count',
    level: 'centre',
    source: 'journal',
  },
  {
    code: 'neet_cases_confirmed',
    name: {
      kk: 'Нәтижесі расталған NEET жағдайлары',
      ru: 'Случаи NEET с подтверждённым результатом',
      en: 'NEET cases with a confirmed outcome',
    },
    description: {
      kk: 'Жыл ішінде 6 айдан кейін нәтижесі расталып жабылған NEET жағдайлары.',
      ru: 'Случаи NEET, закрытые за год с результатом, подтверждённым через 6 месяцев.',
      en: 'NEET cases closed in the year with the outcome confirmed after six months.',
    },
    unit: 'count',
    level: 'centre',
    source: 'journal',
  },
];
