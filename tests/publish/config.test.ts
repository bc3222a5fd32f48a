import { describe, expect, it } from 'vitest';
import { UsageError } from '../../pipeline/errors.ts';
import { parsePublishArgs } from '../../pipeline/stages/publish/config.ts';

const env = {
  GITHUB_TOKEN: 'ghp_abcdef123456',
  GITHUB_REPOSITORY: 'etalab/etat-numerique',
  CATALOGUE_URL: 'https://demo.data.gouv.fr/',
  CATALOGUE_API_KEY: 'udata_key_123456',
  CATALOGUE_ORGANIZATION: 'etalab',
  CATALOGUE_DATASET: 'etat-numerique',
};

function usage(argv: string[], e: NodeJS.ProcessEnv): UsageError {
  try {
    parsePublishArgs(argv, e);
  } catch (error) {
    if (error instanceof UsageError) return error;
  }
  throw new Error('expected a UsageError');
}

describe('parsePublishArgs', () => {
  it('reads the environment with defaults', () => {
    const p = parsePublishArgs([], env);
    if (p.help) throw new Error('help');
    expect(p.config).toMatchObject({
      distDir: 'dist',
      dryRun: false,
      prune: false,
      github: { owner: 'etalab', repo: 'etat-numerique', apiUrl: 'https://api.github.com' },
      catalogue: { rootUrl: 'https://demo.data.gouv.fr', apiUrl: 'https://demo.data.gouv.fr/api/1', license: 'lov2', frequency: 'weekly', private: false },
      concurrency: 4,
    });
    expect(p.config.secrets.sort()).toEqual(['ghp_abcdef123456', 'udata_key_123456']);
  });

  it('lets flags win over the environment and accepts an API root as CATALOGUE_URL', () => {
    const p = parsePublishArgs(['--dist', 'out', '--dry-run', '--prune', '--github-repository', 'a/b', '--catalogue-url', 'http://127.0.0.1:9/api/1/'], env);
    if (p.help) throw new Error('help');
    expect(p.config).toMatchObject({ distDir: 'out', dryRun: true, prune: true, github: { owner: 'a', repo: 'b' }, catalogue: { rootUrl: 'http://127.0.0.1:9' } });
  });

  it('with --only, needs only that target’s settings', () => {
    const p = parsePublishArgs(['--only', 'github'], { GITHUB_TOKEN: 'tok_1234', GITHUB_REPOSITORY: 'a/b' });
    if (p.help) throw new Error('help');
    expect(p.config.catalogue).toBeUndefined();
    expect(usage(['--only', 'gitlab'], env).message).toContain('--only expects github or catalogue');
  });

  it('names each missing or malformed variable and what it expects, never its value', () => {
    const e = usage([], { GITHUB_TOKEN: 'x', GITHUB_REPOSITORY: 'secretish value', CATALOGUE_URL: 'ftp://x', PUBLISH_CONCURRENCY: '99', CATALOGUE_FREQUENCY: 'sometimes' });
    expect(e.message).toContain('GITHUB_TOKEN (or --github-token) is malformed');
    expect(e.message).toContain('GITHUB_REPOSITORY (or --github-repository) is malformed: expected owner/name');
    expect(e.message).toContain('CATALOGUE_URL (or --catalogue-url) is malformed');
    expect(e.message).toContain('CATALOGUE_API_KEY (or --catalogue-api-key) is missing');
    expect(e.message).toContain('PUBLISH_CONCURRENCY');
    expect(e.message).toContain('CATALOGUE_FREQUENCY');
    expect(e.message).not.toContain('secretish');
  });

  it('does not quote command-line arguments in its errors (they may be secrets)', () => {
    const e = usage(['--catalogue-api-key=hunter2hunter2', '--wat'], env);
    expect(e.message).not.toContain('hunter2');
    expect(e.message).not.toContain('--wat');
  });

  it('handles --help', () => {
    expect(parsePublishArgs(['--help'], {})).toEqual({ help: true });
  });
});
