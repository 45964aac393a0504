import type { SurveyStatus } from '../../../../shared/contracts/surveys';

/** Whether a survey takes answers on a day (`yyyy-mm-dd` in Kazakhstan): both end days included. */
export function surveyStatus(opensOn: string, closesOn: string, today: string): SurveyStatus {
  if (today < opensOn) return 'upcoming';
  if (today > closesOn) return 'closed';
  return 'open';
}

/** The directions named, each once, in the order first named. */
export const distinctCodes = (codes: readonly string[]): string[] => [...new Set(codes)];

/** Positions of named directions that are not among those offered (for field errors `directions.<i>`). */
export function unofferedPositions(named: readonly string[], offered: readonly string[]): number[] {
  const allowed = new Set(offered);
  return named.flatMap((code, i) => (allowed.has(code) ? [] : [i]));
}

/** The input a device's keyed hash is made of: bound to the survey, so one device id answers each survey once. */
export const deviceHashInput = (surveyId: number, deviceId: string) => `survey:${surveyId}:${deviceId}`;

/** A list cell of an import file split into its items: `;`, `,` or line breaks separate them. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** An age band as written in files (`14–17`, `14 - 17`, `14—17 лет`) in the stored form `14-17`, or null. */
export function normaliseAgeBand(text: string, bands: readonly string[]): string | null {
  const m = /^(\d{2})\s*[-–—]\s*(\d{2})/.exec(text.trim());
  if (!m) return null;
  const band = `${m[1]}-${m[2]}`;
  return bands.includes(band) ? band : null;
}
