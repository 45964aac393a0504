import { SERVICE_FORMATS, type ServiceFormat } from '../../../shared/constants/journal';

/** What quick entry keeps from one record to the next, per user, in this browser. */
export interface RememberedChoices {
  serviceTypeId: string | null;
  format: ServiceFormat;
  durationMinutes: string;
  serviceDate: string | null;
}

// A date remembered yesterday is not today's default: a new day starts from today.
interface Stored extends RememberedChoices {
  savedOn: string;
}

const keyFor = (userId: number) => `jastar.journal.quick.${userId}`;

/** The user's last choices, or sensible first ones (in person, 30 minutes, no date = today). */
export function loadChoices(userId: number, today: string): RememberedChoices {
  const fallback: RememberedChoices = {
    serviceTypeId: null,
    format: 'in_person',
    durationMinutes: '30',
    serviceDate: null,
  };
  try {
    const raw = JSON.parse(localStorage.getItem(keyFor(userId)) ?? 'null') as Partial<Stored> | null;
    if (!raw || typeof raw !== 'object') return fallback;
    return {
      serviceTypeId: typeof raw.serviceTypeId === 'string' ? raw.serviceTypeId : null,
      format: SERVICE_FORMATS.includes(raw.format as ServiceFormat)
        ? (raw.format as ServiceFormat)
        : 'in_person',
      durationMinutes:
        typeof raw.durationMinutes === 'string' ? raw.durationMinutes : fallback.durationMinutes,
      serviceDate: typeof raw.serviceDate === 'string' && raw.savedOn === today ? raw.serviceDate : null,
    };
  } catch {
    // A damaged or blocked storage only costs the remembered choices.
    return fallback;
  }
}

/** Keeps the choices of the record just saved. */
export function saveChoices(userId: number, choices: RememberedChoices, today: string) {
  try {
    const stored: Stored = { ...choices, savedOn: today };
    localStorage.setItem(keyFor(userId), JSON.stringify(stored));
  } catch {
    // Private mode or a full storage: the next record starts from the defaults.
  }
}
