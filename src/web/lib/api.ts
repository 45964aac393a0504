import type { Problem } from '../../shared/errors';

/** A failed API call carrying the server's problem+json (code, localized title, field errors). */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.title);
  }
  get status() {
    return this.problem.status;
  }
}

async function parse<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  const body = isJson ? await res.json() : await res.text();
  if (!res.ok) {
    throw new ApiError(
      isJson && body && typeof body === 'object' && 'code' in body
        ? (body as Problem)
        : { type: 'about:blank', title: res.statusText, status: res.status, code: 'internal' },
    );
  }
  return body as T;
}

/** Query string from an object, skipping empty values. */
export function toQuery(params: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) for (const item of v) q.append(k, String(item));
    else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

// The server answers errors in the language the UI shows (set on <html lang> by the i18n setup).
const languageHeader = () => ({ 'accept-language': document.documentElement.lang || 'kk' });

export const api = {
  get: <T>(url: string) =>
    fetch(url, { credentials: 'same-origin', headers: languageHeader() }).then((r) => parse<T>(r)),
  send: <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) =>
    fetch(url, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined ? languageHeader() : { ...languageHeader(), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then((r) => parse<T>(r)),
};
