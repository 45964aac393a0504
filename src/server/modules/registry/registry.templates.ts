import { asc } from 'drizzle-orm';
import type { Locale } from '../../../shared/constants/roles';
import type { Scope } from '../../../shared/contracts/auth';
import type { FileFormat } from '../../../shared/contracts/files';
import { translator } from '../../../shared/i18n';
import type { DbOrTx } from '../../db/client';
import type { OutColumn } from '../../platform/files';
import { type ExportFile, tableFile } from './registry.export';
import {
  CENTRE_IMPORT_DEFS,
  choiceName,
  columnHeader,
  type FileKind,
  type ImportColumnDef,
  STAFF_IMPORT_DEFS,
} from './registry.file-columns';
import { centreInScope } from './registry.scope';
import { centres } from './registry.tables';

type Example = Record<string, string | number | null>;
const DATE_COLUMNS = new Set(['hireDate', 'leaveDate']);
const NUMBER_COLUMNS = new Set(['latitude', 'longitude']);

function template(
  kind: FileKind,
  defs: readonly ImportColumnDef<string>[],
  example: Example,
  format: FileFormat,
  locale: Locale,
): Promise<ExportFile> {
  const t = translator(locale);
  const columns: OutColumn<Example>[] = defs.map((d) => ({
    header: columnHeader(t, kind, d.id),
    kind: DATE_COLUMNS.has(d.id) ? 'date' : NUMBER_COLUMNS.has(d.id) ? 'number' : 'text',
    value: (row) => row[d.id],
  }));
  return tableFile(kind, 'templateFileName', format, locale, columns, [example]);
}

/** The staff import file's header in the caller's language and one example row (a centre of their scope). */
export async function staffTemplate(db: DbOrTx, scope: Scope, format: FileFormat, locale: Locale) {
  const [centre] = await db
    .select({ code: centres.code })
    .from(centres)
    .where(centreInScope(scope))
    .orderBy(asc(centres.code))
    .limit(1);
  return template(
    'staff',
    STAFF_IMPORT_DEFS,
    {
      centreCode: centre?.code ?? 'YRC-35-001',
      lastName: 'Сейітқалиева',
      firstName: 'Әлия',
      middleName: 'Нұрланқызы',
      position: choiceName(locale, 'position', 'specialist'),
      hireDate: '2024-09-02',
      leaveDate: null,
      phone: '+7 701 123 45 67',
      email: 'aliya.seitkaliyeva@example.kz',
    },
    format,
    locale,
  );
}

/** The centre import file's header in the caller's language and one example row. */
export function centresTemplate(format: FileFormat, locale: Locale) {
  return template(
    'centres',
    CENTRE_IMPORT_DEFS,
    {
      code: 'YRC-35-099',
      kind: choiceName(locale, 'kind', 'district'),
      parentCode: 'YRC-35-001',
      regionCode: '35',
      districtName: 'Абай ауданы',
      nameKk: 'Абай ауданының жастар ресурстық орталығы',
      nameRu: 'Молодёжный ресурсный центр Абайского района',
      nameEn: null,
      address: 'Абай қаласы, Абай көшесі, 10',
      latitude: 49.6318,
      longitude: 72.8587,
      phone: '+7 721 314 25 00',
      email: 'abai.yrc@example.kz',
      openingHours: '09:00–18:00',
      services: ['career_guidance', 'psychology', 'volunteering']
        .map((s) => choiceName(locale, 'service', s))
        .join('; '),
    },
    format,
    locale,
  );
}
