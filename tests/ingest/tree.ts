/** Temporary folders built from inline trees, removed after each test. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Issue } from '../../pipeline/types/domain.ts';

/** A file's content, a symbolic link (target as written), or an empty folder. */
export type TreeNode = string | Uint8Array | { symlink: string } | { folder: true };

/** Registers cleanup and returns a function that writes a tree into a new temporary folder. */
export function useTempTrees(): (tree: Record<string, TreeNode>) => Promise<string> {
  const roots: string[] = [];
  afterEach(async () => {
    await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
  });
  return async (tree) => {
    const root = await mkdtemp(join(tmpdir(), 'etat-numerique-ingest-'));
    roots.push(root);
    for (const [path, node] of Object.entries(tree)) {
      const abs = join(root, ...path.split('/'));
      if (typeof node === 'object' && 'folder' in node) {
        await mkdir(abs, { recursive: true });
        continue;
      }
      await mkdir(dirname(abs), { recursive: true });
      if (typeof node === 'object' && 'symlink' in node) await symlink(node.symlink, abs);
      else await writeFile(abs, node);
    }
    return root;
  };
}

/** The manifest text for entries, with the required fields filled in unless given. */
export function manifest(...entries: Array<Record<string, unknown>>): string {
  return JSON.stringify({
    sources: entries.map((e) => ({ title: null, language: 'fr', origin: null, licence: null, ...e })),
  });
}

/** Asserts that exactly one issue has this code, that its message names every fragment, and returns it. */
export function expectIssue(issues: Issue[], code: string, ...fragments: string[]): Issue {
  const found = issues.filter((i) => i.code === code);
  expect(found, `issues with code ${code} in ${JSON.stringify(issues, null, 2)}`).toHaveLength(1);
  const issue = found[0] as Issue;
  expect(issue.stage).toBe('ingest');
  expect(issue.hint).toBeTruthy();
  expect(issue.message).not.toMatch(/^Error:/);
  for (const fragment of fragments) expect(issue.message).toContain(fragment);
  return issue;
}

export function codes(issues: Issue[]): string[] {
  return issues.map((i) => i.code);
}
