import type { Locale } from '../../../../shared/constants/roles';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import type { PlanDocumentFormat, PlanDocumentQuery } from '../../../../shared/contracts/plan-documents';
import { translator } from '../../../../shared/i18n';
import type { DbOrTx } from '../../../db/client';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import { type DownloadFile, XLSX_CONTENT_TYPE } from '../../../platform/files';
import { notFound } from '../../../platform/http/app-error';
import { findCentreInScope, listStaff } from '../../registry';
import { findPlanInScope, type PlanRow, readPlanVersion } from '../plans';
import { planTrail } from '../workflow';
import { directionNames } from './documents.repository';
import type { PlanDocumentCentre, PlanDocumentInput } from './plan-document';
import { renderPlanPdf } from './plan-pdf';
import { renderPlanXlsx } from './plan-xlsx';

const CONTENT_TYPES: Record<PlanDocumentFormat, string> = {
  pdf: 'application/pdf',
  xlsx: XLSX_CONTENT_TYPE,
};

async function centreOf(
  db: DbOrTx,
  user: CurrentUser,
  centreId: number,
  lang: Locale,
): Promise<PlanDocumentCentre> {
  const centre = await findCentreInScope(db, user.scope, centreId);
  if (!centre) throw notFound();
  const { items } = await listStaff(
    db,
    user.scope,
    { centreId, position: 'director', status: 'active', page: 1, pageSize: 1 },
    { locale: lang },
  );
  return {
    code: centre.code,
    name: centre.name[lang],
    kind: centre.kind,
    regionName: centre.regionName[lang],
    districtName: centre.districtName?.[lang] ?? null,
    address: centre.address || null,
    phone: centre.phone,
    email: centre.email,
    director: items[0]?.fullName ?? null,
  };
}

/**
 * Everything a plan's document shows, read in the caller's scope: the plan (404 when out of scope),
 * the asked or current version's content (404 when there is no such version), the centre's details,
 * direction names and the review trail.
 */
export async function planDocumentInput(
  db: DbOrTx,
  user: CurrentUser,
  plan: PlanRow,
  lang: Locale,
  version: number | undefined,
  now = new Date(),
): Promise<PlanDocumentInput> {
  const chosen = version ?? plan.currentVersion;
  const stored = await readPlanVersion(db, plan.id, chosen);
  if (!stored) throw notFound();
  return {
    language: lang,
    centre: await centreOf(db, user, plan.centreId, lang),
    year: plan.year,
    version: chosen,
    // Versions before the current one were all approved: a new version opens only by amending an approved one.
    status: chosen === plan.currentVersion ? plan.status : 'approved',
    content: stored.content,
    directionNames: await directionNames(db, lang),
    trail: await planTrail(db, plan.id),
    generatedAt: now.toISOString(),
  };
}

/** A plan as a PDF or XLSX download in the asked language (else the caller's); the download is audited. */
export async function planDocument(
  db: DbOrTx,
  user: CurrentUser,
  actor: Actor,
  planId: number,
  format: PlanDocumentFormat,
  query: PlanDocumentQuery,
  callerLocale: Locale,
): Promise<DownloadFile> {
  const plan = await findPlanInScope(db, user.scope, planId);
  if (!plan) throw notFound();
  const lang = query.lang ?? callerLocale;
  const input = await planDocumentInput(db, user, plan, lang, query.version);
  const body = format === 'pdf' ? await renderPlanPdf(input) : await renderPlanXlsx(input);
  await recordAudit(db, actor, {
    action: 'download',
    entityType: 'plan',
    entityId: plan.id,
    regionCode: plan.regionCode,
    centreId: plan.centreId,
    after: { format, lang, version: input.version },
  });
  const names = { code: input.centre.code, year: input.year, version: input.version };
  return {
    body,
    contentType: CONTENT_TYPES[format],
    fileName: `${translator(lang)('plan-documents:fileName', names)}.${format}`,
    asciiFileName: `${translator('en')('plan-documents:fileName', names).replace(/\s+/g, '-')}.${format}`,
  };
}
