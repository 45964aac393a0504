import type { ComboboxItem, ComboboxItemGroup } from '@mantine/core';
import type { TFunction } from 'i18next';
import { REFERRAL_TARGETS, SERVICE_FORMATS, SERVICE_OUTCOMES } from '../../../shared/constants/journal';
import type { ServiceDirection, ServiceType } from '../../../shared/contracts/journal';
import type { Programme } from '../../../shared/contracts/programmes';
import { localized } from '../../lib/localized';

/** A state programme as a journal record names it (by id). */
export type ProgrammeWithId = Programme;

/** Service types one person can receive, grouped by direction (group types go through events). */
export function serviceTypeGroups(
  catalogue: ServiceDirection[] | undefined,
  lang: string,
  only?: (t: ServiceType) => boolean,
): ComboboxItemGroup<ComboboxItem>[] {
  return (catalogue ?? [])
    .filter((d) => d.isActive)
    .map((d) => ({
      group: localized(d.name, lang),
      items: d.types
        .filter((t) => t.isActive && !t.isGroup && (!only || only(t)))
        .map((t) => ({ value: String(t.id), label: localized(t.name, lang) })),
    }))
    .filter((g) => g.items.length > 0);
}

/** Every service type by id (inactive and group ones too, for showing old records). */
export function serviceTypesById(catalogue: ServiceDirection[] | undefined) {
  const out = new Map<number, ServiceType & { directionName: ServiceDirection['name'] }>();
  for (const d of catalogue ?? []) for (const t of d.types) out.set(t.id, { ...t, directionName: d.name });
  return out;
}

/** Programmes a record can name, in the UI language. */
export const programmeOptions = (programmes: ProgrammeWithId[] | undefined, lang: string) =>
  (programmes ?? [])
    .filter((p) => p.isActive)
    .map((p) => ({ value: String(p.id), label: localized(p.name, lang) }));

/** The programme's name by id, or null. */
export function programmeName(programmes: ProgrammeWithId[] | undefined, id: number | null, lang: string) {
  const p = id ? programmes?.find((x) => x.id === id) : undefined;
  return p ? localized(p.name, lang) : null;
}

/** Format, referral and outcome choices with their names in the UI language. */
export const formatOptions = (t: TFunction) =>
  SERVICE_FORMATS.map((v) => ({ value: v, label: t(`format.${v}`) }));
export const referralOptions = (t: TFunction) =>
  REFERRAL_TARGETS.map((v) => ({ value: v, label: t(`referral.${v}`) }));
export const outcomeOptions = (t: TFunction) =>
  SERVICE_OUTCOMES.map((v) => ({ value: v, label: t(`outcome.${v}`) }));

/** Today as yyyy-mm-dd in the browser's time zone. */
export function todayIso() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The current time as hh:mm. */
export function nowTime() {
  const d = new Date();
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
