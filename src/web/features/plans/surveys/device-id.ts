const KEY = 'jastar_device';
const FIVE_YEARS = 5 * 365 * 24 * 3600;

function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromCookie(): string | null {
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${KEY}=`));
  return match ? decodeURIComponent(match.slice(KEY.length + 1)) : null;
}

/**
 * This browser's random device id for survey answers, kept in localStorage and a long-lived cookie
 * (either survives when the other is cleared). It names no one; the server keeps only a keyed hash.
 */
export function deviceId(): string {
  let id: string | null = null;
  try {
    id = localStorage.getItem(KEY);
  } catch {
    // Storage can be blocked (private mode); the cookie still holds the id.
  }
  id = id && id.length >= 16 ? id : fromCookie();
  if (!id || id.length < 16) id = randomId();
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // As above.
  }
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Firefox and Safari
  document.cookie = `${KEY}=${encodeURIComponent(id)}; max-age=${FIVE_YEARS}; path=/; samesite=lax`;
  return id;
}
