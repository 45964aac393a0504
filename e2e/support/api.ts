import { baseUrl, DEMO_PASSWORD } from './browser';

/** A signed-in API client for a demo user, to look up what a spec should expect (never to act for the UI). */
export async function apiAs(email: string, password = DEMO_PASSWORD) {
  const res = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`API sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    async get<T>(path: string): Promise<T> {
      const r = await fetch(`${baseUrl()}${path}`, { headers: { cookie } });
      if (!r.ok) throw new Error(`GET ${path} as ${email}: ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    },
  };
}
