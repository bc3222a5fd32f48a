/**
 * HTTP plumbing shared by the GitHub and catalogue publishers: timeouts (an undici dispatcher), retries with
 * exponential backoff, jitter, Retry-After and GitHub rate-limit headers, a bounded retry budget, and the
 * redaction of secrets from everything that leaves this module.
 */
import type { LimitFunction } from 'p-limit';
import { Agent } from 'undici';
import { PipelineError } from '../../errors.ts';
import { PublishError } from './errors.ts';

/** How hard to try. All durations in milliseconds. */
export interface RetryPolicy {
  /** Retries after the first attempt (0 = a single attempt). */
  maxRetries: number;
  /** First backoff step; doubles at each retry. */
  baseDelayMs: number;
  /** Cap of one computed backoff step (a server's Retry-After may ask for more; the budget still bounds it). */
  maxDelayMs: number;
  /** Bound on the total time spent waiting between attempts of one operation. */
  budgetMs: number;
}

/** What a retrying operation may use: injected so that tests control time and randomness. */
export interface RetryContext {
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
  log: (line: string) => void;
  redact: Redactor;
  /** Which service this is, for error codes and hints. */
  service: 'github' | 'catalogue';
}

/** A request that got an HTTP answer we do not accept (raised by our own undici client, not by Octokit). */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly method: string,
    readonly url: string,
    readonly headers: Record<string, string>,
    readonly data: unknown,
  ) {
    super(`${status} ${describeBody(data)}`);
  }
}

/** A failure we raise ourselves to ask for another attempt (e.g. an upload's name was taken by a broken asset). */
export class RetryableError extends Error {
  override readonly name = 'RetryableError';
}

/** The common shape of a failed request, whoever raised it. */
export interface FailureFacts {
  /** HTTP status when the server answered; undefined for network errors, timeouts, resets. */
  status: number | undefined;
  headers: Record<string, string>;
  /** Server's message (or the network error's), not yet redacted. */
  message: string;
  method: string | undefined;
  url: string | undefined;
  data: unknown;
}

/** Extracts status, headers and message from an Octokit RequestError, our HttpError or a network error. */
export function describeFailure(error: unknown): FailureFacts {
  if (error instanceof HttpError) {
    return { status: error.status, headers: error.headers, message: describeBody(error.data), method: error.method, url: error.url, data: error.data };
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as {
    status?: unknown;
    message?: unknown;
    response?: { headers?: Record<string, string>; data?: unknown };
    request?: { method?: string; url?: string };
  };
  const message = typeof e.message === 'string' ? e.message : String(error);
  // Octokit reports network failures and aborts as status 500 without a response: that is not an HTTP answer.
  const answered = typeof e.status === 'number' && e.response !== undefined;
  return {
    status: answered ? (e.status as number) : undefined,
    headers: e.response?.headers ?? {},
    message: answered && e.response?.data !== undefined ? describeBody(e.response.data) : message,
    method: e.request?.method,
    url: e.request?.url,
    data: e.response?.data,
  };
}

function describeBody(data: unknown): string {
  if (typeof data === 'string') return data.trim().slice(0, 300) || '(empty body)';
  if (data instanceof ArrayBuffer) return '(binary body)';
  if (typeof data === 'object' && data !== null) {
    const d = data as { message?: unknown; errors?: unknown; error?: unknown };
    const parts: string[] = [];
    if (typeof d.message === 'string') parts.push(d.message);
    if (typeof d.error === 'string') parts.push(d.error);
    if (d.errors !== undefined) parts.push(JSON.stringify(d.errors).slice(0, 300));
    if (parts.length > 0) return parts.join(' ');
    return JSON.stringify(data).slice(0, 300);
  }
  return String(data);
}

export type Verdict = { retry: false } | { retry: true; reason: string; waitMs: number | undefined };

/**
 * Decides whether a failure is worth another attempt. Network errors, 429 and 5xx are; GitHub's 403 is only
 * when it is a rate limit (x-ratelimit-remaining: 0, or a "secondary rate limit" message); other 4xx never are.
 */
export function classifyFailure(error: unknown, nowMs: number): Verdict {
  if (error instanceof PipelineError) return { retry: false };
  if (error instanceof RetryableError) return { retry: true, reason: error.message, waitMs: 0 };
  const f = describeFailure(error);
  const retryAfter = parseRetryAfter(f.headers['retry-after'], nowMs);
  if (f.status === undefined) return { retry: true, reason: `network error (${f.message})`, waitMs: undefined };
  const primary = f.headers['x-ratelimit-remaining'] === '0';
  const secondary = /\bsecondary rate limit/i.test(f.message);
  if (f.status === 429 || (f.status === 403 && (primary || secondary))) {
    let waitMs = retryAfter;
    if (waitMs === undefined && primary) {
      const reset = Number(f.headers['x-ratelimit-reset']);
      if (Number.isFinite(reset)) waitMs = Math.max(0, reset * 1000 - nowMs) + 1000;
    }
    // GitHub: "if no retry-after and the remaining count is not 0, wait at least one minute" for secondary limits.
    if (waitMs === undefined && secondary) waitMs = 60_000;
    const kind = secondary ? 'secondary rate limit' : primary ? 'rate limit' : 'too many requests';
    return { retry: true, reason: `${f.status} ${kind}`, waitMs };
  }
  if (f.status >= 500) return { retry: true, reason: `server error ${f.status}`, waitMs: retryAfter };
  return { retry: false };
}

/** Retry-After is either delay-seconds or an HTTP date. Returns milliseconds to wait, or undefined. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Exponential backoff with "equal jitter": half fixed, half random, so that parallel retries spread out. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.round(step / 2 + (random() * step) / 2);
}

/**
 * Runs `attempt` until it succeeds, the failure is not retryable, the retries are spent or the next wait would
 * exceed the budget. `attempt` receives the attempt number (0 first) so that a non-idempotent operation can check
 * whether a previous attempt landed before trying again. Failures leave as redacted PublishErrors.
 */
export async function withRetry<T>(label: string, attempt: (n: number) => Promise<T>, ctx: RetryContext): Promise<T> {
  const started = ctx.now();
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const verdict = classifyFailure(error, ctx.now());
      if (!verdict.retry) throw toPublishError(error, label, ctx);
      if (n >= ctx.policy.maxRetries) {
        throw toPublishError(error, label, ctx, `gave up after ${n + 1} attempt${n === 0 ? '' : 's'}`);
      }
      const wait = Math.max(verdict.waitMs ?? 0, backoffDelay(n, ctx.policy, ctx.random));
      if (ctx.now() - started + wait > ctx.policy.budgetMs) {
        throw toPublishError(error, label, ctx, `the next wait (${wait} ms) would exceed the retry budget of ${ctx.policy.budgetMs} ms`);
      }
      ctx.log(ctx.redact(`${label}: ${verdict.reason}; retry ${n + 1}/${ctx.policy.maxRetries} in ${wait} ms`));
      await ctx.sleep(wait);
    }
  }
}

const SERVICE_NAMES = { github: 'GitHub', catalogue: 'the catalogue' } as const;

/** Turns any failure into a PublishError whose message, hint and endpoint are redacted. PipelineErrors pass through. */
export function toPublishError(error: unknown, label: string, ctx: Pick<RetryContext, 'redact' | 'service'>, note?: string): PipelineError {
  if (error instanceof PipelineError) return error;
  const f = describeFailure(error);
  const endpoint = f.method && f.url ? `${f.method.toUpperCase()} ${pathOf(f.url)}` : undefined;
  const who = SERVICE_NAMES[ctx.service];
  const what =
    f.status === undefined
      ? `${label} failed: could not reach ${who} (${f.message})`
      : `${label} failed: ${who} answered ${f.status} (${f.message})${endpoint ? ` to ${endpoint}` : ''}`;
  const message = ctx.redact(note ? `${what}; ${note}` : what);
  const hint = hintFor(ctx.service, f.status);
  const code = f.status === undefined ? `${ctx.service}-network-error` : `${ctx.service}-http-error`;
  return new PublishError(code, message, {
    ...(hint === undefined ? {} : { hint: ctx.redact(hint) }),
    ...(f.status === undefined ? {} : { status: f.status }),
    ...(endpoint === undefined ? {} : { endpoint: ctx.redact(endpoint) }),
  });
}

function hintFor(service: 'github' | 'catalogue', status: number | undefined): string | undefined {
  const token = service === 'github' ? 'GITHUB_TOKEN' : 'CATALOGUE_API_KEY';
  const where = service === 'github' ? 'GITHUB_API_URL' : 'CATALOGUE_URL';
  if (status === undefined) return `check ${where} and the network; the run can be repeated safely`;
  if (status === 401) return `check ${token}: it is missing, wrong, expired or revoked`;
  if (status === 403)
    return service === 'github'
      ? 'the token lacks permission: it needs contents: write on the repository'
      : 'the API key user must be a member (editor or admin) of CATALOGUE_ORGANIZATION';
  if (status === 404)
    return service === 'github'
      ? 'check GITHUB_REPOSITORY and that the token can see it'
      : 'check CATALOGUE_URL (the instance root), CATALOGUE_ORGANIZATION and CATALOGUE_DATASET';
  if (status >= 500 || status === 429) return 'the service is unavailable or rate limiting; the run can be repeated safely';
  return undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/** A function that blanks secrets out of a text. */
export type Redactor = (text: string) => string;

/**
 * Builds a redactor for the given secrets (and their URL-encoded forms), plus credentials embedded in URLs.
 * Secrets shorter than 4 characters are still redacted but would blank common text, so they are refused by config.
 */
export function createRedactor(secrets: readonly (string | undefined)[]): Redactor {
  const values = new Set<string>();
  for (const s of secrets) {
    if (!s) continue;
    values.add(s);
    values.add(encodeURIComponent(s));
  }
  const sorted = [...values].sort((a, b) => b.length - a.length);
  return (text: string) => {
    let out = text;
    for (const s of sorted) out = out.split(s).join('***');
    return out.replace(/(\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1***@');
  };
}

/**
 * Runs tasks with bounded concurrency. After the first failure no new task starts; the ones already running are
 * awaited (nothing keeps running once this returns), then the first failure is thrown.
 */
export async function runBounded<T>(items: readonly T[], limit: LimitFunction, task: (item: T) => Promise<void>): Promise<void> {
  let failed = false;
  const results = await Promise.allSettled(
    items.map((item) =>
      limit(async () => {
        if (failed) return;
        try {
          await task(item);
        } catch (error) {
          failed = true;
          throw error;
        }
      }),
    ),
  );
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
}

/** Connection, header and body inactivity timeouts for every request (refreshed while an upload streams). */
export function createDispatcher(timeoutMs: number, connections: number): Agent {
  return new Agent({
    connectTimeout: timeoutMs,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connections,
    keepAliveTimeout: 1_000,
  });
}
