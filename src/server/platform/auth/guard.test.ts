import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { isAllowed } from './access';
import { installGuard } from './guard';

describe('access declarations', () => {
  it('refuses to start with an /api/v1 route that does not say who may call it', async () => {
    const app = Fastify();
    installGuard(app, {} as never);
    expect(() => app.get('/api/v1/forgotten', async () => 'x')).toThrow(/declares no access/);
    await app.close();
  });

  it('lets a role through only when the route lists it', () => {
    expect(isAllowed(['national', 'admin'], 'regional')).toBe(false);
    expect(isAllowed(['national', 'admin'], 'admin')).toBe(true);
    expect(isAllowed('signed-in', 'partner')).toBe(true);
    expect(isAllowed('signed-in', undefined)).toBe(false);
    expect(isAllowed('public', undefined)).toBe(true);
  });
});
