import type { ProgrammeYouthStatus } from '../../../../shared/contracts/programmes';

/** What eligibility depends on about a young person. */
export interface PersonFacts {
  age: number;
  status: ProgrammeYouthStatus;
  categories: readonly string[];
}

/** What eligibility depends on about a programme's terms. */
export interface ProgrammeTermsFacts {
  code: string;
  isActive: boolean;
  minAge: number | null;
  maxAge: number | null;
  /** Empty: any status. */
  eligibleStatuses: readonly ProgrammeYouthStatus[];
  /** Empty: none required; otherwise the person needs at least one. */
  categories: readonly string[];
}

export type IneligibleReason =
  | 'inactive'
  | 'too_young'
  | 'too_old'
  | 'status_not_eligible'
  | 'category_missing';

export interface ProgrammeFit {
  code: string;
  fits: boolean;
  /** Every reason the person does not fit; empty when they do. */
  reasons: IneligibleReason[];
}

/** Why one person does not fit one programme's terms (age limits inclusive); empty when they fit. */
export function ineligibleReasons(person: PersonFacts, terms: ProgrammeTermsFacts): IneligibleReason[] {
  const reasons: IneligibleReason[] = [];
  if (!terms.isActive) reasons.push('inactive');
  if (terms.minAge != null && person.age < terms.minAge) reasons.push('too_young');
  if (terms.maxAge != null && person.age > terms.maxAge) reasons.push('too_old');
  if (terms.eligibleStatuses.length && !terms.eligibleStatuses.includes(person.status)) {
    reasons.push('status_not_eligible');
  }
  if (terms.categories.length && !terms.categories.some((c) => person.categories.includes(c))) {
    reasons.push('category_missing');
  }
  return reasons;
}

/** Which programmes a person fits by age, status and categories, and why not for the others. */
export function programmesFor(person: PersonFacts, terms: readonly ProgrammeTermsFacts[]): ProgrammeFit[] {
  return terms.map((t) => {
    const reasons = ineligibleReasons(person, t);
    return { code: t.code, fits: reasons.length === 0, reasons };
  });
}
