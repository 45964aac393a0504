// The admin command line: `npm run jastar -- <command>`. Opens the same database as the server.
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ROLE_SCOPE_KIND, ROLES, type Role } from '../shared/constants/roles';
import type { FieldError } from '../shared/errors';
import { translator } from '../shared/i18n';
import { loadConfig } from './config';
import { bootstrapDatabase } from './db/bootstrap';
import type { Database } from './db/client';
import { seedDemoDataIfEmpty } from './db/seed/demo';
import { GenerationRefused, generateNationalData } from './db/seed/national';
import type { Actor } from './platform/audit/audit';
import {
  createUser,
  deactivateUser,
  generatePassword,
  listUsers,
  resetPassword,
  type UserSummary,
} from './platform/auth/users.service';
import { AppError } from './platform/http/app-error';

/** Where the command line writes, and how it opens the database (tests pass their own). */
export interface CliContext {
  open(): Promise<Database>;
  out(line: string): void;
  err(line: string): void;
}

const CLI_ACTOR: Actor = { userId: null, label: 'cli' };

/** Option names of the service's fields, so errors point at what the admin typed. */
const OPTION_OF: Record<string, string> = {
  email: '--email',
  fullName: '--name',
  role: '--role',
  regionCode: '--region',
  centreCode: '--centre',
  organisation: '--organisation',
  password: '--password',
};

const SCOPE_DESCRIPTION = {
  country: 'the whole country (no --region, --centre or --organisation)',
  region: 'a region (--region <KATO code>, e.g. 35)',
  centre: 'a centre (--centre <code>, e.g. YRC-35-001)',
  organisation: 'an organisation (--organisation <name>)',
} as const;

function fieldMessage(e: FieldError, role: string | undefined): string {
  const option = OPTION_OF[e.field] ?? e.field;
  const scope = role && role in ROLE_SCOPE_KIND ? SCOPE_DESCRIPTION[ROLE_SCOPE_KIND[role as Role]] : '';
  if (e.code === 'invalid_value' && scope)
    return `${option} does not apply to role ${role}: its scope is ${scope}`;
  if (e.code === 'required' && scope && e.field !== 'fullName' && e.field !== 'email') {
    return `${option} is required for role ${role}: its scope is ${scope}`;
  }
  if (e.code === 'not_found' && e.field === 'centreCode')
    return `${option}: no centre with code ${e.params?.value}`;
  if (e.code === 'not_found' && e.field === 'regionCode') {
    return `${option}: no region with KATO code ${e.params?.value} (see the regions list, e.g. 35 Karaganda, 71 Astana)`;
  }
  if (e.field === 'role') return `${option}: must be one of ${ROLES.join(', ')}`;
  return `${option}: ${translator('en')(`errors:field.${e.code}`, e.params ?? {})}`;
}

function describeError(error: unknown, role?: string): string[] {
  if (error instanceof AppError) {
    if (error.options.fieldErrors?.length) return error.options.fieldErrors.map((e) => fieldMessage(e, role));
    return [
      error.options.detail ?? translator('en')(`errors:code.${error.code}`, error.options.params ?? {}),
    ];
  }
  return [error instanceof Error ? error.message : String(error)];
}

function scopeText(u: UserSummary): string {
  if (u.centreCode) return `centre ${u.centreCode}`;
  if (u.regionCode) return `region ${u.regionCode}`;
  if (u.organisation) return `organisation «${u.organisation}»`;
  return 'country';
}

/** Builds the command tree; every action opens the database, does one thing and closes it. */
export function buildCli(ctx: CliContext): Command {
  const program = new Command('jastar')
    .description('Jastar admin command line (with the embedded database, run it while the server is stopped)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s.trimEnd()), writeErr: (s) => ctx.err(s.trimEnd()) });

  const withDb = async <T>(work: (database: Database) => Promise<T>): Promise<T> => {
    const database = await ctx.open();
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  };

  program
    .command('user:create')
    .description('create a user bound to the scope of their role')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .requiredOption('--name <full name>', 'full name')
    .addOption(new Option('--role <role>', 'role').choices(ROLES).makeOptionMandatory())
    .option('--region <code>', 'region KATO code, for role regional')
    .option('--centre <code>', 'centre code such as YRC-35-001, for center_manager and specialist')
    .option('--organisation <name>', 'organisation, for role partner')
    .option(
      '--password <password>',
      'initial password, kept as is; without it a strong one is generated, shown once and must be changed at first sign-in',
    )
    .action(async (o: Record<string, string | undefined>) => {
      const password = o.password ?? generatePassword();
      const user = await withDb(({ db }) =>
        createUser(
          db,
          {
            email: o.email!,
            fullName: o.name!,
            role: o.role!,
            regionCode: o.region,
            centreCode: o.centre,
            organisation: o.organisation,
            password,
            // A typed password is the operator's deliberate choice (typically their own first admin
            // account); a generated one is read off this screen and passed on, so its owner replaces it.
            mustChangePassword: !o.password,
          },
          CLI_ACTOR,
        ),
      );
      ctx.out(`created ${user.role} ${user.email} (${scopeText(user)})`);
      if (!o.password) ctx.out(`password (shown once, pass it on securely): ${password}`);
    });

  program
    .command('user:reset-password')
    .description('set a new password and sign the user out everywhere')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .option(
      '--password <password>',
      'new password, kept as is; without it a strong one is generated, shown once and must be changed at next sign-in',
    )
    .action(async (o: { email: string; password?: string }) => {
      const password = o.password ?? generatePassword();
      await withDb(({ db }) =>
        resetPassword(db, o.email, password, CLI_ACTOR, { mustChangePassword: !o.password }),
      );
      ctx.out(`password reset for ${o.email.trim().toLowerCase()}; their sessions were ended`);
      if (!o.password) ctx.out(`password (shown once, pass it on securely): ${password}`);
    });

  program
    .command('user:deactivate')
    .description('stop a user from signing in (the account and its history stay)')
    .requiredOption('--email <email>', 'sign-in e-mail')
    .action(async (o: { email: string }) => {
      const changed = await withDb(({ db }) => deactivateUser(db, o.email, CLI_ACTOR));
      const email = o.email.trim().toLowerCase();
      ctx.out(changed ? `deactivated ${email}; their sessions were ended` : `${email} was already inactive`);
    });

  program
    .command('user:list')
    .description('list users')
    .addOption(new Option('--role <role>', 'only this role').choices(ROLES))
    .action(async (o: { role?: Role }) => {
      const list = await withDb(({ db }) => listUsers(db, o.role));
      for (const u of list) {
        ctx.out([u.email, u.role, scopeText(u), u.isActive ? 'active' : 'inactive', u.fullName].join('\t'));
      }
      ctx.out(`${list.length} user(s)`);
    });

  const positiveInt = (name: string) => (value: string) => {
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(n) || n <= 0)
      throw new InvalidArgumentError(`${name} must be a positive whole number`);
    return n;
  };
  program
    .command('seed')
    .description(
      'load the demo data set into an empty database (does nothing when centres exist); with --scale national, ' +
        'then add synthetic national journal data (young people, services over three years, NEET cases)',
    )
    .addOption(
      new Option('--scale <scale>', 'demo or national').choices(['demo', 'national']).default('demo'),
    )
    .option(
      '--services <n>',
      'national: about this many journal records (default 5000000)',
      positiveInt('--services'),
    )
    .option(
      '--seed <n>',
      'national: seed of the random source (the same seed gives the same data)',
      positiveInt('--seed'),
    )
    .option('--until <yyyy-mm-dd>', 'national: last day of the three years (default today)')
    .action(async (o: { scale: string; services?: number; seed?: number; until?: string }) => {
      const national = o.scale === 'national' || o.services !== undefined;
      if (o.until !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.until))
        throw new AppError('validation_failed', { detail: '--until must be a date as yyyy-mm-dd' });
      await withDb(async (database) => {
        const seeded = await seedDemoDataIfEmpty(database.db, ctx.out);
        if (!seeded && !national) ctx.out('the database already has centres: nothing seeded');
        if (!national) return;
        try {
          await generateNationalData(
            database,
            { services: o.services, seed: o.seed, until: o.until },
            ctx.out,
          );
        } catch (error) {
          if (error instanceof GenerationRefused)
            throw new AppError('validation_failed', { detail: error.message });
          throw error;
        }
      });
    });

  return program;
}

/** Runs one command line and returns the process exit code: 0 done, 1 refused or failed, 2 usage error. */
export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const program = buildCli(ctx);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    const role = argv.includes('--role') ? argv[argv.indexOf('--role') + 1] : undefined;
    for (const line of describeError(error, role)) ctx.err(`error: ${line}`);
    return 1;
  }
}

/** Opens the server's database (DATABASE_URL or JASTAR_DATA_DIR), migrated, with reference data, never seeding. */
export async function openConfiguredDatabase(): Promise<Database> {
  const config = { ...loadConfig(), JASTAR_DEMO_DATA: false };
  return bootstrapDatabase(config, () => {});
}

const isEntryPoint = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  process.exitCode = await runCli(process.argv.slice(2), {
    open: openConfiguredDatabase,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
