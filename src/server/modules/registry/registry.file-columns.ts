import type { TFunction } from 'i18next';
import { CENTRE_KINDS, CENTRE_SERVICES, STAFF_POSITIONS } from '../../../shared/constants/registry';
import { LOCALES, type Locale } from '../../../shared/constants/roles';
import type { CentreImportColumn, StaffImportColumn } from '../../../shared/contracts/files';
import { resources, translator } from '../../../shared/i18n';
import { type ColumnSpec, normalizeLabel } from '../../platform/files';

/** Which file a column belongs to; also the `files` i18n group of its header. */
export type FileKind = 'staff' | 'centres' | 'journal' | 'youth' | 'surveys' | 'indicators';

// Kinds whose headers live in another namespace than `files`: `<prefix>.column.<id>`.
const HEADER_PREFIX: Partial<Record<FileKind, string>> = {
  surveys: 'surveys:import',
  indicators: 'surveys:indicatorImport',
};

/** An import column: whether rows need it, and header words seen in office files beyond our own headers. */
export interface ImportColumnDef<Id extends string> {
  id: Id;
  required: boolean;
  aliases: readonly string[];
}

const PHONE = ['тел', 'phone number', 'mobile', 'номер телефона', 'телефон нөмірі', 'ұялы телефон'];
const EMAIL = ['email', 'e-mail', 'электронная почта', 'почта', 'эл почта', 'электронды пошта'];

export const STAFF_IMPORT_DEFS: readonly ImportColumnDef<StaffImportColumn>[] = [
  { id: 'centreCode', required: true, aliases: ['код мрц', 'код жро', 'center code', 'орталықтың коды'] },
  { id: 'lastName', required: true, aliases: ['surname', 'family name', 'фамилиясы'] },
  { id: 'firstName', required: true, aliases: ['name', 'given name', 'есімі'] },
  { id: 'middleName', required: false, aliases: ['patronymic', 'әкесінің есімі'] },
  { id: 'position', required: true, aliases: ['job title', 'лауазым'] },
  {
    id: 'hireDate',
    required: true,
    aliases: [
      'дата приема на работу',
      'дата назначения',
      'hired on',
      'жұмысқа қабылдау күні',
      'қабылданған күні',
    ],
  },
  {
    id: 'leaveDate',
    required: false,
    aliases: ['дата ухода', 'leaving date', 'жұмыстан шыққан күні', 'босаған күні'],
  },
  { id: 'phone', required: false, aliases: PHONE },
  { id: 'email', required: false, aliases: EMAIL },
];

export const CENTRE_IMPORT_DEFS: readonly ImportColumnDef<CentreImportColumn>[] = [
  {
    id: 'code',
    required: true,
    aliases: ['код центра', 'код мрц', 'centre code', 'center code', 'орталық коды'],
  },
  { id: 'kind', required: true, aliases: ['type', 'вид', 'тип центра'] },
  { id: 'parentCode', required: false, aliases: ['parent', 'вышестоящий центр', 'жоғары тұрған орталық'] },
  // Office files often give the region by name; both forms are understood.
  {
    id: 'regionCode',
    required: true,
    aliases: ['регион', 'область', 'облыс', 'өңір', 'region', 'код области'],
  },
  {
    id: 'districtName',
    required: false,
    aliases: ['район', 'город', 'аудан', 'district', 'город или район', 'район город', 'district or city'],
  },
  { id: 'nameKk', required: true, aliases: ['название на казахском', 'наименование каз', 'name in kazakh'] },
  {
    id: 'nameRu',
    required: true,
    aliases: ['название', 'наименование', 'название на русском', 'наименование рус', 'name in russian'],
  },
  { id: 'nameEn', required: false, aliases: ['название на английском', 'name in english', 'english name'] },
  { id: 'address', required: true, aliases: ['мекенжай', 'мекен жайы'] },
  { id: 'latitude', required: false, aliases: ['lat'] },
  { id: 'longitude', required: false, aliases: ['lon', 'lng'] },
  { id: 'phone', required: false, aliases: PHONE },
  { id: 'email', required: false, aliases: EMAIL },
  {
    id: 'openingHours',
    required: false,
    aliases: ['hours', 'режим работы', 'график работы', 'жұмыс кестесі'],
  },
  { id: 'services', required: false, aliases: ['услуги центра', 'қызмет түрлері', 'services offered'] },
];

/** A column's header in one language. */
export const columnHeader = (t: TFunction, kind: FileKind, id: string) =>
  t(`${HEADER_PREFIX[kind] ?? `files:${kind}`}.column.${id}`);

/** Column specs for the reader: our headers in kk, ru and en plus the office aliases. */
export function importColumnSpecs<Id extends string>(
  kind: FileKind,
  defs: readonly ImportColumnDef<Id>[],
): ColumnSpec<Id>[] {
  const headers = LOCALES.map((l) => translator(l));
  return defs.map((d) => ({
    id: d.id,
    aliases: [...headers.map((t) => columnHeader(t, kind, d.id)), ...d.aliases],
  }));
}

type ChoiceGroup = 'position' | 'kind' | 'service';
const CHOICES: Record<ChoiceGroup, readonly string[]> = {
  position: STAFF_POSITIONS,
  kind: CENTRE_KINDS,
  service: CENTRE_SERVICES,
};

// Names of positions, kinds and services live in the `registry` namespace as `<group>.<code>`.
function registryName(locale: Locale, group: ChoiceGroup, code: string): string | undefined {
  const names = (resources[locale].registry as Record<string, unknown>)[group] as
    | Record<string, unknown>
    | undefined;
  const name = names?.[code];
  return typeof name === 'string' ? name : undefined;
}

/** The name of a position, kind or service in a language (the code itself if untranslated). */
export const choiceName = (locale: Locale, group: ChoiceGroup, code: string) =>
  registryName(locale, group, code) ?? code;

// Words people write for a centre's kind, whatever the registry's display names are.
const EXTRA_NAMES: Partial<Record<ChoiceGroup, Record<string, readonly string[]>>> = {
  kind: {
    regional: ['региональный', 'областной', 'өңірлік', 'облыстық'],
    city: ['городской', 'қалалық'],
    district: ['районный', 'аудандық'],
  },
};

const matchers = new Map<ChoiceGroup, Map<string, string>>();

/** Finds a position, kind or service by its code or its name in any of the three languages. */
export function matchChoice(group: ChoiceGroup, text: string): string | undefined {
  let byLabel = matchers.get(group);
  if (!byLabel) {
    byLabel = new Map();
    for (const code of CHOICES[group]) {
      byLabel.set(normalizeLabel(code), code);
      for (const name of EXTRA_NAMES[group]?.[code] ?? []) byLabel.set(normalizeLabel(name), code);
      for (const locale of LOCALES) {
        const name = registryName(locale, group, code);
        if (name) byLabel.set(normalizeLabel(name), code);
      }
    }
    matchers.set(group, byLabel);
  }
  return byLabel.get(normalizeLabel(text));
}
