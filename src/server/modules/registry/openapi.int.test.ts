import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('documents the registry, audit and home routes in the OpenAPI document', async () => {
  const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  for (const path of [
    '/api/v1/centres',
    '/api/v1/centres/{id}',
    '/api/v1/centres/{id}/history',
    '/api/v1/centres/{id}/deactivate',
    '/api/v1/centres/{id}/reactivate',
    '/api/v1/staff',
    '/api/v1/staff/{id}',
    '/api/v1/staff/{id}/history',
    '/api/v1/staff/{id}/leave',
    '/api/v1/audit',
    '/api/v1/home/summary',
  ]) {
    expect(doc.paths, path).toHaveProperty([path]);
  }
  expect(Object.keys(doc.components.schemas)).toEqual(
    expect.arrayContaining([
      'Centre',
      'CentreFields',
      'StaffMember',
      'AuditEntry',
      'AuditPage',
      'HomeSummary',
    ]),
  );
});
