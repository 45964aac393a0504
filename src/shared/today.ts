/**
 * Today in Kazakhstan as `yyyy-mm-dd`: the day every date rule of the server and the screens uses
 * (no future services, attendance from the event's day, case dates). The whole country has kept
 * one time zone, UTC+5, since 1 March 2024; a fixed offset does not depend on the time-zone data
 * of the browser or of Node.
 */
export function todayInKazakhstan(now = new Date()): string {
  return new Date(now.getTime() + 5 * 3600_000).toISOString().slice(0, 10);
}
