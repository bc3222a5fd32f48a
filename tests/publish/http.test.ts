import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/errors.ts';
import { PublishError } from '../../pipeline/stages/publish/errors.ts';
import {
  HttpError,
  backoffDelay,
  classifyFailure,
  createRedactor,
  parseRetryAfter,
  withRetry,
  type RetryContext,
} from '../../pipeline/stages/publish/http.ts';

const httpError = (status: number, headers: Record<string, string> = {}, data: unknown = { message: 'x' }) =>
  new HttpError(status, 'GET', 'https://h/api/1/datasets/', headers, data);

describe('classifyFailure', () => {
  const now = 1_700_000_000_000;

  it('retries network errors, 429 and 5xx; not other 4xx nor our own errors', () => {
    expect(classifyFailure(new TypeError('fetch failed'), now).retry).toBe(true);
    expect(classifyFailure(httpError(429), now).retry).toBe(true);
    expect(classifyFailure(httpError(502), now).retry).toBe(true);
    for (const s of [400, 401, 403, 404, 410, 422]) expect(classifyFailure(httpError(s), now).retry).toBe(false);
    expect(classifyFailure(new PipelineError('x', 'y'), now).retry).toBe(false);
  });

  it("honours Retry-After and GitHub's rate-limit headers, including the secondary-limit 403", () => {
    expect(classifyFailure(httpError(429, { 'retry-after': '7' }), now)).toMatchObject({ retry: true, waitMs: 7000 });
    const reset = String(now / 1000 + 30);
    expect(classifyFailure(httpError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }), now)).toMatchObject({ retry: true, waitMs: 31_000 });
    const secondary = httpError(403, { 'retry-after': '5' }, { message: 'You have exceeded a secondary rate limit.' });
    expect(classifyFailure(secondary, now)).toMatchObject({ retry: true, waitMs: 5000 });
    expect(classifyFailure(httpError(403, {}, { message: 'You have exceeded a secondary rate limit.' }), now)).toMatchObject({ waitMs: 60_000 });
  });

  it('treats an Octokit error without response (network failure, abort) as retryable', () => {
    expect(classifyFailure(Object.assign(new Error('other side closed'), { status: 500 }), now).retry).toBe(true);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter and stays within the cap (property)', () => {
    const policy = { maxRetries: 10, baseDelayMs: 100, maxDelayMs: 5000, budgetMs: 1e9 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const d = backoffDelay(attempt, policy, () => r);
        const step = Math.min(5000, 100 * 2 ** attempt);
        return d >= step / 2 - 1 && d <= step + 1;
      }),
    );
  });
});

describe('withRetry', () => {
  const ctx = (over: Partial<RetryContext> = {}): RetryContext & { waits: number[]; logs: string[] } => {
    const waits: number[] = [];
    const logs: string[] = [];
    let t = 0;
    return {
      policy: { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 100, budgetMs: 10_000 },
      sleep: async (ms) => {
        waits.push(ms);
        t += ms;
      },
      now: () => t,
      random: () => 0.5,
      log: (l) => logs.push(l),
      redact: createRedactor(['s3cr3t-token']),
      service: 'catalogue',
      waits,
      logs,
      ...over,
    };
  };

  it('retries until success and tells the attempt number', async () => {
    const c = ctx();
    const seen: number[] = [];
    const v = await withRetry('op', async (n) => {
      seen.push(n);
      if (n < 2) throw httpError(503);
      return 'ok';
    }, c);
    expect(v).toBe('ok');
    expect(seen).toEqual([0, 1, 2]);
    expect(c.waits).toHaveLength(2);
  });

  it('gives up after maxRetries with a redacted PublishError carrying status and endpoint', async () => {
    const c = ctx();
    const err = await withRetry('read dataset', async () => {
      throw new HttpError(500, 'GET', 'https://h/api/1/datasets/x/?key=s3cr3t-token', {}, { message: 'boom s3cr3t-token' });
    }, c).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PublishError);
    const pe = err as PublishError;
    expect(pe.status).toBe(500);
    expect(pe.endpoint).toBe('GET /api/1/datasets/x/');
    expect(pe.message).toContain('gave up after 4 attempts');
    expect(pe.message).not.toContain('s3cr3t-token');
    expect(pe.cause).toBeUndefined();
  });

  it('does not wait past the budget', async () => {
    const c = ctx({ policy: { maxRetries: 5, baseDelayMs: 10, maxDelayMs: 100, budgetMs: 1000 } });
    const err = await withRetry('op', async () => {
      throw httpError(429, { 'retry-after': '60' });
    }, c).catch((e: unknown) => e);
    expect((err as Error).message).toContain('retry budget');
    expect(c.waits).toEqual([]);
  });
});

describe('createRedactor', () => {
  it('blanks secrets, their URL-encoded forms and URL credentials', () => {
    const r = createRedactor(['a+b/c=secret', undefined, '']);
    expect(r('x a+b/c=secret y a%2Bb%2Fc%3Dsecret z')).toBe('x *** y *** z');
    expect(r('https://user:pw@host/path')).toBe('https://***@host/path');
  });
});
