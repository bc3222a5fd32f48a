/**
 * `etat-numerique publish`: reads the configuration once, reads and verifies dist/, publishes to GitHub and to the
 * catalogue, prints the plan and the outcome, maps the outcome to an exit code. Every line it prints is redacted.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { PipelineError, UsageError, formatIssue } from '../../errors.ts';
import { publishCatalogue, type CatalogueOutcome } from './catalogue.ts';
import { HELP, parsePublishArgs, secretsIn, type PublishConfig } from './config.ts';
import { readDist, type Dist } from './dist.ts';
import { createOctokit, publishGithubRelease, type GithubOutcome } from './github-release.ts';
import { createDispatcher, createRedactor, type Redactor, type RetryContext } from './http.ts';
import { formatBytes, renderPlanLine, type PlanLine } from './plan.ts';

export interface CommandIO {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Test seams: time, randomness and waiting. Defaults are the real ones. */
export interface PublishOverrides {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

const USER_AGENT = 'etat-numerique-publish/0.1 (+https://github.com/)';

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `etat-numerique publish <argv>`; returns the exit code (0 ok, 1 data/remote error, 2 usage/config error). Handles --help. Never throws. */
export async function runPublishCommand(argv: string[], env: NodeJS.ProcessEnv, io: CommandIO, overrides: PublishOverrides = {}): Promise<number> {
  // Redact from the first line on, with every secret we can see, even before the configuration is known to be valid.
  let redact: Redactor = createRedactor(secretsIn(argv, env));
  const out = (line: string) => io.stdout(redact(line));
  const err = (line: string) => io.stderr(redact(line));
  try {
    const parsed = parsePublishArgs(argv, env);
    if (parsed.help) {
      out(HELP);
      return 0;
    }
    const config = parsed.config;
    redact = createRedactor([...secretsIn(argv, env), ...config.secrets]);
    return await publish(config, { out, err, redact }, overrides);
  } catch (error) {
    return reportFailure(error, err, redact);
  }
}

function reportFailure(error: unknown, err: (line: string) => void, redact: Redactor): number {
  if (error instanceof PipelineError) {
    err(`${error.code}: ${error.message}`);
    for (const issue of error.issues) err(`  ${formatIssue(issue)}`);
    if (error.hint) err(`  hint: ${error.hint}`);
    return error instanceof UsageError ? 2 : 1;
  }
  // Unexpected: a bug or a library error we did not wrap. Its message may quote a request: redact it.
  const message = error instanceof Error ? error.message : String(error);
  err(`publish-unexpected-error: ${redact(message)}`);
  err('  hint: this is a bug in the publisher; the run can be repeated safely');
  return 1;
}

interface Printer {
  out: (line: string) => void;
  err: (line: string) => void;
  redact: Redactor;
}

async function publish(config: PublishConfig, p: Printer, overrides: PublishOverrides): Promise<number> {
  const now = overrides.now ?? Date.now;
  const retryBase = {
    policy: config.retry,
    sleep: overrides.sleep ?? realSleep,
    now,
    random: overrides.random ?? Math.random,
    log: p.err,
    redact: p.redact,
  };

  // Load inputs.
  const dist = await readDist(path.resolve(config.distDir));
  p.out(`publish: ${dist.dir}: ${dist.files.length} files, ${formatBytes(dist.files.reduce((n, f) => n + f.size, 0))}, data version ${dist.versionHash.slice(0, 12)}${config.dryRun ? ' (dry run: nothing is written)' : ''}`);
  for (const s of dist.skipped) p.out(`publish: not published: ${s.path} (${s.reason})`);

  const dispatcher = createDispatcher(config.timeoutMs, config.concurrency * 2);
  const limit = pLimit(config.concurrency);
  const printPlan = (lines: PlanLine[]) => {
    for (const line of lines) p.out(`plan  ${renderPlanLine(line)}`);
  };
  const failures: unknown[] = [];
  let github: GithubOutcome | undefined;
  let catalogue: CatalogueOutcome | undefined;
  try {
    // Process and save: one target after the other; a failure of one does not stop the other.
    if (config.github) {
      const retry: RetryContext = { ...retryBase, service: 'github' };
      try {
        github = await publishGithubRelease(
          dist,
          { octokit: createOctokit(config.github, dispatcher, USER_AGENT), settings: config.github, retry, limit, log: p.out, now: () => new Date(now()) },
          { dryRun: config.dryRun, prune: config.prune, onPlan: printPlan },
        );
        p.out(
          github.unchanged
            ? `github: release ${github.tag} is already published and complete; nothing sent`
            : config.dryRun
              ? `github: dry run for release ${github.tag}; nothing sent`
              : `github: release ${github.tag} published${github.releaseUrl ? `: ${github.releaseUrl}` : ''}`,
        );
      } catch (error) {
        failures.push(error);
        reportFailure(error, p.err, p.redact);
      }
    }
    if (config.catalogue) {
      const retry: RetryContext = { ...retryBase, service: 'catalogue' };
      try {
        catalogue = await publishCatalogue(
          dist,
          { settings: config.catalogue, dispatcher, retry, limit, log: p.out, userAgent: USER_AGENT },
          { dryRun: config.dryRun, prune: config.prune, onPlan: printPlan },
        );
        p.out(
          catalogue.unchanged
            ? 'catalogue: dataset already up to date; nothing sent'
            : config.dryRun
              ? 'catalogue: dry run; nothing sent'
              : `catalogue: dataset up to date${catalogue.datasetUrl ? `: ${catalogue.datasetUrl}` : ''}`,
        );
      } catch (error) {
        failures.push(error);
        reportFailure(error, p.err, p.redact);
      }
    }
  } finally {
    await dispatcher.close().catch(() => undefined);
  }

  if (config.summaryFile) await writeSummary(config.summaryFile, dist, config, github, catalogue, failures, p);
  if (failures.some((f) => f instanceof UsageError)) return 2;
  return failures.length > 0 ? 1 : 0;
}

async function writeSummary(
  file: string,
  dist: Dist,
  config: PublishConfig,
  github: GithubOutcome | undefined,
  catalogue: CatalogueOutcome | undefined,
  failures: unknown[],
  p: Printer,
): Promise<void> {
  const lines = [`## Publication of data version \`${dist.versionHash.slice(0, 12)}\`${config.dryRun ? ' (dry run)' : ''}`, ''];
  if (github) lines.push(`- GitHub: release \`${github.tag}\` ${github.unchanged ? 'unchanged' : config.dryRun ? 'planned' : 'published'}${github.releaseUrl ? ` (${github.releaseUrl})` : ''}`);
  if (catalogue) lines.push(`- Catalogue: dataset ${catalogue.unchanged ? 'unchanged' : config.dryRun ? 'planned' : 'updated'}${catalogue.datasetUrl ? ` (${catalogue.datasetUrl})` : ''}`);
  for (const f of failures) lines.push(`- **Failed**: ${f instanceof PipelineError ? `${f.code}: ${f.message}` : 'unexpected error (see the log)'}`);
  const all = [...(github?.lines ?? []), ...(catalogue?.lines ?? [])];
  if (all.length > 0) {
    lines.push('', '| Target | Action | Subject | Detail |', '| --- | --- | --- | --- |');
    for (const l of all) lines.push(`| ${l.target} | ${l.action} | ${l.subject} | ${l.detail ?? ''} |`);
  }
  try {
    await appendFile(file, p.redact(`${lines.join('\n')}\n`));
  } catch {
    p.err(`publish: could not write the summary to ${file}`);
  }
}
