import { defineConfig } from 'vitest/config';

// Browser tests: the real server (built web app, embedded database, demo data) driven by
// playwright-core through Debian's Chromium. Specs run one at a time against one server.
export default defineConfig({
  test: {
    include: ['e2e/*.spec.ts'],
    globalSetup: ['./e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
