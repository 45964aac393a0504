import { readFileSync } from 'node:fs';
import os from 'node:os';

/** What the benchmark ran on: the numbers mean little without it. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  postgres: string | null;
  pglite: string;
  /** 1-minute load average when the run started (the machine may be shared). */
  loadAtStart: number;
}

function pgliteVersion(): string {
  // The package exports no package.json, so it is read from where npm puts it.
  const file = new URL('../node_modules/@electric-sql/pglite/package.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Describes this machine; `postgres` is the server's `version()` when PostgreSQL takes part. */
export function describeMachine(postgres: string | null): Machine {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    ramGb: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres,
    pglite: pgliteVersion(),
    loadAtStart: Math.round(os.loadavg()[0] * 100) / 100,
  };
}
