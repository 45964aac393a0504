import { LOCALES, type Locale } from '../../../../shared/constants/roles';
import type { ImportMode, ImportReport } from '../../../../shared/contracts/files';
import {
  SURVEY_AGE_BANDS,
  SURVEY_GENDERS,
  type Survey,
  type SurveyImportColumn,
} from '../../../../shared/contracts/surveys';
import { translator } from '../../../../shared/i18n';
import type { AppDb, DbOrTx } from '../../../db/client';
import { recordAudit } from '../../../platform/audit/audit';
import { normalizeLabel, type Table } from '../../../platform/files';
import { actorOfCaller, type Caller } from '../../registry/registry.caller';
import { type ImportColumnDef, importColumnSpecs } from '../../registry/registry.file-columns';
import { cellText, chunks, type ImportReportBuilder } from '../../registry/registry.import';
import { runImport } from '../../registry/registry.import-run';
import { directionNames, regionDistricts } from './surveys.repository';
import { distinctCodes, normaliseAgeBand, splitList } from './surveys.rules';
import { surveyAnswers } from './surveys.tables';

type Col = SurveyImportColumn;

/** Columns of a survey answers file: our headers in kk/ru/en plus words seen on paper-form tallies. */
export const SURVEY_IMPORT_DEFS: readonly ImportColumnDef<Col>[] = [
  {
    id: 'directions',
    required: true,
    aliases: ['направления', 'виды помощи', 'бағыттар', 'көмек түрлері', 'kinds of help', 'needs'],
  },
  { id: 'ageBand', required: false, aliases: ['возраст', 'жасы', 'age', 'age group'] },
  { id: 'gender', required: false, aliases: ['пол', 'жынысы', 'sex'] },
  { id: 'district', required: false, aliases: ['район', 'город', 'аудан', 'қала', 'district or city'] },
];

const SPECS = importColumnSpecs('surveys', SURVEY_IMPORT_DEFS);
// Serialises answer imports so a commit's checks and writes see no other import half-way.
const IMPORT_LOCK = 7_240_011;

// Words people write for a gender, besides its name in the three languages.
const GENDER_WORDS: Record<string, readonly string[]> = {
  female: ['f', 'ж', 'жен', 'женский', 'әйел', 'қыз', 'w', 'woman'],
  male: ['m', 'м', 'муж', 'мужской', 'ер', 'ұл', 'man'],
};

function genderMatcher(): Map<string, string> {
  const map = new Map<string, string>();
  for (const code of SURVEY_GENDERS) {
    map.set(normalizeLabel(code), code);
    for (const w of GENDER_WORDS[code] ?? []) map.set(normalizeLabel(w), code);
    for (const l of LOCALES) map.set(normalizeLabel(translator(l)(`surveys:gender.${code}`)), code);
  }
  return map;
}

type ValidAnswer = {
  directions: string[];
  ageBand: string | null;
  gender: string | null;
  districtId: number | null;
};

/** Lookups by code or by name in any language: directions the survey offers and its region's districts. */
async function lookups(db: DbOrTx, survey: Survey) {
  const directions = new Map<string, string>();
  for (const d of await directionNames(db)) {
    if (!survey.directions.includes(d.code)) continue;
    directions.set(normalizeLabel(d.code), d.code);
    for (const name of Object.values(d.name)) directions.set(normalizeLabel(name), d.code);
  }
  const districts = new Map<string, number>();
  for (const d of await regionDistricts(db, survey.regionCode)) {
    for (const name of Object.values(d.name)) districts.set(normalizeLabel(name), d.id);
    if (d.katoPrefix) districts.set(normalizeLabel(d.katoPrefix), d.id);
  }
  return { directions, districts, genders: genderMatcher() };
}

async function validate(
  db: DbOrTx,
  survey: Survey,
  report: ImportReportBuilder<Col>,
  table: Table<Col>,
): Promise<ValidAnswer[]> {
  const { directions, districts, genders } = await lookups(db, survey);
  const valid: ValidAnswer[] = [];
  for (const row of table.rows) {
    const directionsText = cellText(row.cells.directions);
    const named: string[] = [];
    if (!directionsText) report.rowError(row, 'directions', 'required');
    else {
      for (const item of splitList(directionsText)) {
        const code = directions.get(normalizeLabel(item));
        if (!code) {
          report.rowError(row, 'directions', 'invalid_choice');
          break;
        }
        named.push(code);
      }
    }
    const ageText = cellText(row.cells.ageBand);
    const ageBand = ageText ? normaliseAgeBand(ageText, SURVEY_AGE_BANDS) : null;
    if (ageText && !ageBand) report.rowError(row, 'ageBand', 'invalid_choice');
    const genderText = cellText(row.cells.gender);
    const gender = genderText ? (genders.get(normalizeLabel(genderText)) ?? null) : null;
    if (genderText && !gender) report.rowError(row, 'gender', 'invalid_choice');
    const districtText = cellText(row.cells.district);
    const districtId = districtText ? (districts.get(normalizeLabel(districtText)) ?? null) : null;
    if (districtText && !districtId) report.rowError(row, 'district', 'outside_region');
    if (!report.isBad(row)) valid.push({ directions: distinctCodes(named), ageBand, gender, districtId });
  }
  return valid;
}

/**
 * Imports answers into a survey from XLSX or CSV: a dry run reports every bad row; a commit writes
 * all rows or none. Imported answers count like online ones (no device hash); one audit entry.
 */
export function importSurveyAnswers(
  db: AppDb,
  caller: Caller,
  survey: Survey,
  file: Buffer,
  mode: ImportMode,
  locale: Locale,
): Promise<ImportReport> {
  return runImport<Col, ValidAnswer>(
    {
      kind: 'surveys',
      specs: SPECS,
      defs: SURVEY_IMPORT_DEFS,
      lock: IMPORT_LOCK,
      validate: (tx, _scope, report, table) => validate(tx, survey, report, table),
      async insertAll(tx, c, rows) {
        for (const part of chunks(rows, 1000)) {
          await tx.insert(surveyAnswers).values(
            part.map((r) => ({
              surveyId: survey.id,
              regionCode: survey.regionCode,
              year: survey.year,
              districtId: r.districtId,
              directions: r.directions,
              ageBand: r.ageBand,
              gender: r.gender,
              origin: 'import' as const,
            })),
          );
        }
        await recordAudit(tx, actorOfCaller(c), {
          action: 'survey.import_answers',
          entityType: 'survey',
          entityId: survey.id,
          regionCode: survey.regionCode,
          centreId: survey.centreId,
          after: { answers: rows.length },
        });
      },
    },
    db,
    caller,
    file,
    mode,
    locale,
  );
}
