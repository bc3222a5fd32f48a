/**
 * Publish configuration: command-line flags over environment variables, checked with zod. Pure: takes argv and an
 * environment object, returns a PublishConfig or a UsageError naming every bad setting and what it expects.
 * Secret values never appear in the messages.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from '../../errors.ts';
import type { RetryPolicy } from './http.ts';

export type Target = 'github' | 'catalogue';

export interface GithubSettings {
  token: string;
  owner: string;
  repo: string;
  /** REST API root without trailing slash: https://api.github.com, https://HOST/api/v3, or an emulator. */
  apiUrl: string;
  /** Commit the tag is created on when the release is published (GITHUB_SHA in Actions); default branch if unset. */
  targetCommitish: string | undefined;
}

export interface CatalogueSettings {
  /** Instance root, e.g. https://demo.data.gouv.fr (no trailing slash). */
  rootUrl: string;
  /** API v1 root: `${rootUrl}/api/1`. */
  apiUrl: string;
  apiKey: string;
  /** Organisation id (24 hex) or slug. */
  organization: string;
  /** Dataset id or slug; also the key stored in the dataset's extras to find it again when it is created. */
  dataset: string;
  license: string;
  frequency: string;
  private: boolean;
  /** "YYYY-MM-DD/YYYY-MM-DD" or "YYYY-MM-DD/" override; otherwise derived from the sources' dates. */
  temporalCoverage: { start: string; end: string | undefined } | undefined;
}

export interface PublishConfig {
  distDir: string;
  dryRun: boolean;
  prune: boolean;
  github: GithubSettings | undefined;
  catalogue: CatalogueSettings | undefined;
  timeoutMs: number;
  concurrency: number;
  retry: RetryPolicy;
  /** Markdown summary appended here (GITHUB_STEP_SUMMARY in Actions). */
  summaryFile: string | undefined;
  /** Every secret value, for the redactor. */
  secrets: string[];
}

export type ParsedArgs = { help: true } | { help: false; config: PublishConfig };

/** One setting: its environment variable, its flag, and what it expects (used in messages and in --help). */
interface Setting {
  env: string;
  flag: string;
  expects: string;
  secret?: boolean;
}

const SETTINGS = {
  githubToken: { env: 'GITHUB_TOKEN', flag: 'github-token', expects: 'a GitHub token with contents: write on the repository', secret: true },
  githubRepository: { env: 'GITHUB_REPOSITORY', flag: 'github-repository', expects: 'owner/name, e.g. etalab/etat-numerique' },
  githubApiUrl: { env: 'GITHUB_API_URL', flag: 'github-api-url', expects: 'an http(s) URL, default https://api.github.com' },
  githubSha: { env: 'GITHUB_SHA', flag: 'github-sha', expects: 'a commit SHA or branch the release tag is created on' },
  catalogueUrl: { env: 'CATALOGUE_URL', flag: 'catalogue-url', expects: "an http(s) URL of a udata instance's root, e.g. https://demo.data.gouv.fr" },
  catalogueApiKey: { env: 'CATALOGUE_API_KEY', flag: 'catalogue-api-key', expects: 'the API key of a member of the organisation', secret: true },
  catalogueOrganization: { env: 'CATALOGUE_ORGANIZATION', flag: 'catalogue-organization', expects: 'an organisation id (24 hex characters) or slug' },
  catalogueDataset: { env: 'CATALOGUE_DATASET', flag: 'catalogue-dataset', expects: 'a dataset id or slug (created when absent)' },
  catalogueLicense: { env: 'CATALOGUE_LICENSE', flag: 'catalogue-license', expects: 'a licence id known to the instance, default lov2 (Licence Ouverte 2.0)' },
  catalogueFrequency: { env: 'CATALOGUE_FREQUENCY', flag: 'catalogue-frequency', expects: 'a udata frequency id, default weekly' },
  cataloguePrivate: { env: 'CATALOGUE_PRIVATE', flag: 'catalogue-private', expects: 'true or false, default false' },
  catalogueTemporal: { env: 'CATALOGUE_TEMPORAL_COVERAGE', flag: 'catalogue-temporal-coverage', expects: 'YYYY-MM-DD/YYYY-MM-DD or YYYY-MM-DD/ (open end)' },
  timeoutMs: { env: 'PUBLISH_TIMEOUT_MS', flag: 'timeout-ms', expects: 'an integer ≥ 1 (ms without progress before a request is abandoned), default 30000' },
  concurrency: { env: 'PUBLISH_CONCURRENCY', flag: 'concurrency', expects: 'an integer from 1 to 16, default 4' },
  maxRetries: { env: 'PUBLISH_MAX_RETRIES', flag: 'max-retries', expects: 'an integer from 0 to 20, default 5' },
  retryBaseMs: { env: 'PUBLISH_RETRY_BASE_MS', flag: 'retry-base-ms', expects: 'an integer ≥ 0, default 1000' },
  retryMaxMs: { env: 'PUBLISH_RETRY_MAX_MS', flag: 'retry-max-ms', expects: 'an integer ≥ 0, default 60000' },
  retryBudgetMs: { env: 'PUBLISH_RETRY_BUDGET_MS', flag: 'retry-budget-ms', expects: 'an integer ≥ 0 (total wait per operation), default 600000' },
  summaryFile: { env: 'GITHUB_STEP_SUMMARY', flag: 'summary', expects: 'a file path where a markdown summary is appended' },
} as const satisfies Record<string, Setting>;

type Key = keyof typeof SETTINGS;

/** udata's UpdateFrequency ids (catalogue-api.md §7.1). */
export const FREQUENCIES = [
  'continuous', 'oneMinute', 'fiveMinutes', 'tenMinutes', 'fifteenMinutes', 'thirtyMinutes', 'hourly', 'bihourly',
  'trihourly', 'twelveHours', 'severalTimesADay', 'threeTimesADay', 'semidaily', 'daily', 'fiveTimesAWeek',
  'threeTimesAWeek', 'semiweekly', 'weekly', 'biweekly', 'threeTimesAMonth', 'semimonthly', 'monthly', 'bimonthly',
  'quarterly', 'threeTimesAYear', 'semiannual', 'annual', 'biennial', 'triennial', 'quadrennial', 'quinquennial',
  'decennial', 'bidecennial', 'tridecennial', 'punctual', 'irregular', 'never', 'notPlanned', 'other', 'unknown',
] as const;

export const HELP = `Usage: etat-numerique publish [options]

Publishes the files listed in DIST/SHA256SUMS to a GitHub release and to a udata catalogue (data.gouv.fr API v1).
Re-running with unchanged data sends no write request; an interrupted run is completed by the next one.

Options:
  --dist DIR          folder to publish (default: dist)
  --dry-run           print the plan (create / replace / skip / delete) and send no write request
  --only TARGET       github or catalogue (default: both)
  --prune             delete catalogue resources (and stray release assets) whose file is gone
  --help              show this help

Settings (flag or environment variable; flags win). Prefer the environment for secrets.
${Object.values(SETTINGS as Record<string, Setting>)
  .map((s) => `  --${s.flag.padEnd(28)} ${s.env.padEnd(28)} ${s.expects}${s.secret ? ' (secret)' : ''}`)
  .join('\n')}

Exit codes: 0 published (or nothing to do), 1 data or remote error, 2 usage or configuration error.`;


/** Parses argv and the environment. Throws UsageError (with every problem listed) when something is wrong. */
export function parsePublishArgs(argv: readonly string[], env: NodeJS.ProcessEnv): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        dist: { type: 'string' },
        only: { type: 'string' },
        'dry-run': { type: 'boolean' },
        prune: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(Object.values(SETTINGS as Record<string, Setting>).map((s) => [s.flag, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    // parseArgs messages quote the offending argument, which may be a secret given as a flag: keep only its kind.
    const code = (error as { code?: string }).code ?? 'ERR_PARSE_ARGS';
    const known = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? 'an unknown option' : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' ? 'an unexpected argument' : 'an option without its value';
    throw new UsageError('publish-usage', `The command line has ${known}.`, { hint: 'run `etat-numerique publish --help` to see the options' });
  }
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  if (flags.help === true) return { help: true };

  const raw = (key: Key): string | undefined => {
    const s: Setting = SETTINGS[key];
    const fromFlag = flags[s.flag];
    const value = typeof fromFlag === 'string' ? fromFlag : env[s.env];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };

  const problems: string[] = [];
  const only = flags.only;
  if (only !== undefined && only !== 'github' && only !== 'catalogue') problems.push('--only expects github or catalogue');
  const wants = (t: Target) => only === undefined || only === t;

  const check = <T>(key: Key, schema: z.ZodType<T>, required: boolean): T | undefined => {
    const s: Setting = SETTINGS[key];
    const value = raw(key);
    if (value === undefined) {
      if (required) problems.push(`${s.env} (or --${s.flag}) is missing: expected ${s.expects}`);
      return undefined;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      problems.push(`${s.env} (or --${s.flag}) is malformed: expected ${s.expects}`);
      return undefined;
    }
    return result.data;
  };

  const httpUrl = z.url({ protocol: /^https?$/ }).transform((u) => u.replace(/\/+$/, ''));
  const secret = z.string().min(4).regex(/^\S+$/);
  const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);
  const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const temporal = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\/(\d{4}-\d{2}-\d{2})?$/)
    .transform((v) => {
      const [start = '', end = ''] = v.split('/');
      return { start, end: day.test(end) ? end : undefined };
    })
    .refine((t) => !Number.isNaN(Date.parse(t.start)) && (t.end === undefined || (!Number.isNaN(Date.parse(t.end)) && t.end >= t.start)));

  let github: GithubSettings | undefined;
  if (wants('github')) {
    const token = check('githubToken', secret, true);
    const repository = check('githubRepository', z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/), true);
    const apiUrl = check('githubApiUrl', httpUrl, false) ?? 'https://api.github.com';
    const sha = check('githubSha', z.string().regex(/^[A-Za-z0-9_./-]+$/), false);
    if (token !== undefined && repository !== undefined) {
      const [owner = '', repo = ''] = repository.split('/');
      github = { token, owner, repo, apiUrl, targetCommitish: sha };
    }
  }

  let catalogue: CatalogueSettings | undefined;
  if (wants('catalogue')) {
    const rootUrl = check('catalogueUrl', httpUrl.transform((u) => u.replace(/\/api\/1$/, '')), true);
    const apiKey = check('catalogueApiKey', secret, true);
    const organization = check('catalogueOrganization', z.string().regex(/^[A-Za-z0-9_-]+$/), true);
    const dataset = check('catalogueDataset', z.string().regex(/^[A-Za-z0-9_-]+$/), true);
    const license = check('catalogueLicense', z.string().regex(/^[A-Za-z0-9_.-]+$/), false) ?? 'lov2';
    const frequency = check('catalogueFrequency', z.enum(FREQUENCIES), false) ?? 'weekly';
    const isPrivate = check('cataloguePrivate', bool, false) ?? false;
    const temporalCoverage = check('catalogueTemporal', temporal, false);
    if (rootUrl !== undefined && apiKey !== undefined && organization !== undefined && dataset !== undefined) {
      catalogue = { rootUrl, apiUrl: `${rootUrl}/api/1`, apiKey, organization, dataset, license, frequency, private: isPrivate, temporalCoverage };
    }
  }

  const timeoutMs = check('timeoutMs', int(1), false) ?? 30_000;
  const concurrency = check('concurrency', int(1, 16), false) ?? 4;
  const retry: RetryPolicy = {
    maxRetries: check('maxRetries', int(0, 20), false) ?? 5,
    baseDelayMs: check('retryBaseMs', int(0), false) ?? 1_000,
    maxDelayMs: check('retryMaxMs', int(0), false) ?? 60_000,
    budgetMs: check('retryBudgetMs', int(0), false) ?? 600_000,
  };
  const summaryFile = check('summaryFile', z.string().min(1), false);

  if (problems.length > 0) {
    throw new UsageError('publish-config-invalid', `The publish configuration is incomplete or malformed:\n  - ${problems.join('\n  - ')}`, {
      hint: 'set the variables in the environment (or pass the flags); `etat-numerique publish --help` lists them',
    });
  }
  const secrets = [raw('githubToken'), raw('catalogueApiKey')].filter((s): s is string => s !== undefined);
  const distFlag = flags.dist;
  return {
    help: false,
    config: {
      distDir: typeof distFlag === 'string' && distFlag !== '' ? distFlag : 'dist',
      dryRun: flags['dry-run'] === true,
      prune: flags.prune === true,
      github,
      catalogue,
      timeoutMs,
      concurrency,
      retry,
      summaryFile,
      secrets,
    },
  };
}

/** Secret values found in argv/env before parsing succeeded, so that even a usage error is redacted. */
export function secretsIn(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const s of Object.values(SETTINGS as Record<string, Setting>)) {
    if (!s.secret) continue;
    const v = env[s.env];
    if (v) out.push(v.trim(), v);
    argv.forEach((arg, i) => {
      if (arg === `--${s.flag}` && argv[i + 1]) out.push(argv[i + 1] as string);
      if (arg.startsWith(`--${s.flag}=`)) out.push(arg.slice(s.flag.length + 3));
    });
  }
  return out.filter((s) => s.length > 0);
}
