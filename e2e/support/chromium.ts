import { existsSync } from 'node:fs';

/** Debian's Chromium (never a browser downloaded by a test tool). */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => Boolean(p && existsSync(p)),
  );
}
