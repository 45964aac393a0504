import type { Random } from './random';

/** A generated person's name as staff and user rows store it. */
export interface PersonName {
  lastName: string;
  firstName: string;
  middleName: string | null;
  female: boolean;
}

/** A list written as space-separated words, to keep long name lists readable. */
const words = (text: string): readonly string[] => text.split(' ');
/** Pairs written as `a/b` words. */
const pairs = (text: string): readonly (readonly [string, string])[] =>
  words(text).map((w) => w.split('/') as [string, string]);

const KAZAKH_MALE = words(
  'Әлібек Нұрлан Дәурен Ерлан Асқар Бауыржан Ержан Айбек Дархан Ербол Жандос Қайрат Мақсат ' +
    'Темірлан Әділет Арман Бекзат Санжар Алмас Нұрбол Ақжол Руслан Ілияс Ерасыл Айдос Медет ' +
    'Талғат Серік Бақытжан Дидар',
);
const KAZAKH_FEMALE = words(
  'Айгерім Ақмарал Гүлназ Жансая Аружан Динара Әсем Назерке Жұлдыз Ақбота Гүлнұр Мөлдір ' +
    'Салтанат Айжан Балнұр Дана Томирис Ләззат Меруерт Інкәр Камила Аяулым Нұргүл Сабина Жанар ' +
    'Әлия Гаухар Шынар Айнұр Перизат',
);
/** Male forms; the female form adds -а (Сейітов → Сейітова). */
const KAZAKH_SURNAMES = words(
  'Сейітов Қасымов Жақсылықов Әбілқасымов Нұрмағамбетов Омаров Ахметов Серікбаев Жұмабаев ' +
    'Бекмұхамбетов Исаев Мұқанов Сәрсенбаев Құдайбергенов Оспанов Төлеуов Байжанов Қалиев ' +
    'Ержанов Смағұлов Әлиев Ибраев Жүнісов Тұрсынов Абдрахманов Есенов Мамыров Шәріпов Қуанышев ' +
    'Рахимов Бектұров Сұлтанов Иманов Жақсыбеков Мусин Кенжебаев Нұрпейісов Әмірханов Бекенов ' +
    'Тәжібаев',
);
/** Fathers' names: the Kazakh stem for -ұлы/-қызы and the Russified stem for -ович/-овна. */
const KAZAKH_FATHERS = pairs(
  'Серік/Серик Нұрлан/Нурлан Болат/Болат Қайрат/Кайрат Марат/Марат Ержан/Ержан Асқар/Аскар ' +
    'Бақыт/Бахыт Талғат/Талгат Мұрат/Мурат Дәурен/Даурен Ғалым/Галым Жұмабек/Жумабек ' +
    'Аманжол/Аманжол Бауыржан/Бауржан Ерлан/Ерлан Қанат/Канат Мейрам/Мейрам Сәкен/Сакен ' +
    'Амангелді/Амангельды',
);

const RUSSIAN_MALE = words(
  'Александр Сергей Дмитрий Андрей Алексей Владимир Евгений Максим Артём Игорь Денис Роман ' +
    'Никита Павел Виталий',
);
const RUSSIAN_FEMALE = words(
  'Елена Ольга Наталья Татьяна Анна Мария Екатерина Ирина Светлана Юлия Анастасия Виктория ' +
    'Ксения Дарья Алина',
);
const RUSSIAN_PATRONYMICS = pairs(
  'Александрович/Александровна Сергеевич/Сергеевна Викторович/Викторовна ' +
    'Владимирович/Владимировна Николаевич/Николаевна Юрьевич/Юрьевна Игоревич/Игоревна ' +
    'Андреевич/Андреевна Олегович/Олеговна Михайлович/Михайловна',
);
/** Russian and Tatar surnames change with gender (Иванов → Иванова). */
const RUSSIAN_SURNAMES = words(
  'Иванов Петров Смирнов Кузнецов Попов Васильев Новиков Морозов Волков Соколов Лебедев ' +
    'Козлов Степанов Фёдоров Белов Захаров Хасанов Галиев Сафин',
);
/** Ukrainian, Korean and German surnames are the same for women and men. */
const INVARIANT_SURNAMES = words(
  'Шевченко Бондаренко Ткаченко Кравченко Коваленко Ким Пак Цой Ли Хан Тен Миллер Шмидт Вагнер Шульц',
);

const UZBEK_MALE = words('Бахтиёр Шерзод Жасур Улугбек Азиз Фаррух');
const UZBEK_FEMALE = words('Дилноза Зарина Нилуфар Гулнора Мадина Шахноза');
const UZBEK_SURNAMES = words('Юсупов Каримов Усманов Турсунов Мирзаев Алимов');
const UZBEK_FATHERS = words('Рустам Бахром Анвар Шухрат Ильхом');

/**
 * Share of Russian and other European or Korean names among staff, by region: high in the north
 * and the large cities, low in the south and west, following the population.
 */
const NON_KAZAKH_SHARE: Record<string, number> = {
  '59': 0.45,
  '39': 0.4,
  '55': 0.35,
  '11': 0.35,
  '35': 0.35,
  '63': 0.35,
  '71': 0.15,
  '75': 0.2,
  '27': 0.15,
  '10': 0.1,
  '15': 0.1,
  '62': 0.1,
  '19': 0.1,
  '33': 0.1,
  '31': 0.07,
  '79': 0.05,
  '61': 0.03,
  '43': 0.02,
  '23': 0.03,
  '47': 0.03,
};
/** Share of Uzbek names in the south, where the Uzbek community lives. */
const UZBEK_SHARE: Record<string, number> = { '61': 0.08, '79': 0.08 };

/** Youth-centre staff are mostly women. */
const FEMALE_SHARE = 0.64;

const feminine = (surname: string) => (/(ов|ев|ин)$/.test(surname) ? `${surname}а` : surname);

function kazakhName(rng: Random, female: boolean): PersonName {
  const firstName = rng.pick(female ? KAZAKH_FEMALE : KAZAKH_MALE);
  const [stem, russified] = rng.pick(KAZAKH_FATHERS);
  // Younger people increasingly take the father's name with -ұлы/-қызы as their surname.
  if (rng.chance(0.12)) {
    return { lastName: stem + (female ? 'қызы' : 'ұлы'), firstName, middleName: null, female };
  }
  const surname = rng.pick(KAZAKH_SURNAMES);
  const style = rng.next();
  const middleName =
    style < 0.45
      ? stem + (female ? 'қызы' : 'ұлы')
      : style < 0.9
        ? russified + (female ? 'овна' : 'ович')
        : null;
  return { lastName: female ? feminine(surname) : surname, firstName, middleName, female };
}

function russianName(rng: Random, female: boolean): PersonName {
  const invariant = rng.chance(0.3);
  const surname = rng.pick(invariant ? INVARIANT_SURNAMES : RUSSIAN_SURNAMES);
  const [m, f] = rng.pick(RUSSIAN_PATRONYMICS);
  return {
    lastName: female && !invariant ? feminine(surname) : surname,
    firstName: rng.pick(female ? RUSSIAN_FEMALE : RUSSIAN_MALE),
    middleName: female ? f : m,
    female,
  };
}

function uzbekName(rng: Random, female: boolean): PersonName {
  const surname = rng.pick(UZBEK_SURNAMES);
  const father = rng.pick(UZBEK_FATHERS);
  return {
    lastName: female ? feminine(surname) : surname,
    firstName: rng.pick(female ? UZBEK_FEMALE : UZBEK_MALE),
    middleName: father + (female ? 'овна' : 'ович'),
    female,
  };
}

/** A plausible name for someone working in the given region. */
export function personName(rng: Random, regionCode: string): PersonName {
  const female = rng.chance(FEMALE_SHARE);
  const roll = rng.next();
  const other = NON_KAZAKH_SHARE[regionCode] ?? 0.1;
  if (roll < other) return russianName(rng, female);
  if (roll < other + (UZBEK_SHARE[regionCode] ?? 0)) return uzbekName(rng, female);
  return kazakhName(rng, female);
}
