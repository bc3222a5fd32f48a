/**
 * Release notes: counts per dataset and what changed since the previous release, from the two releases'
 * build-manifest.json and SHA256SUMS, plus (recordChangesSection) the records added, removed and changed, from
 * the diff stage when the previous release's dataset JSON could be read. Pure. Extra sections plug in as functions.
 */
import { datasetChanged, renderChangeDetails, summariseDiff, type DatasetsDiff } from '../diff/index.ts';

/** What a release says about itself: read from its build-manifest.json and SHA256SUMS. */
export interface ReleaseSnapshot {
  tag: string;
  /** Records per dataset (build-manifest.json `counts`); empty when unknown. */
  counts: Record<string, number>;
  /** path → sha256, from SHA256SUMS; empty when unknown. */
  files: Record<string, string>;
  tool?: { name: string; version: string } | undefined;
  sourceCount?: number | undefined;
}

/** A section added after the built-in ones; returns markdown, or undefined to add nothing. */
export type ReleaseNotesSection = (current: ReleaseSnapshot, previous: ReleaseSnapshot | undefined) => string | undefined;

/** Dataset a dist path belongs to (NAME.csv, NAME.json, NAME.jsonld, schemas/NAME.schema.json), if any. */
function datasetOf(p: string): string | undefined {
  return /^([a-z0-9_]+)\.(csv|json|jsonld)$/.exec(p)?.[1] ?? /^schemas\/([a-z0-9_]+)\.schema\.json$/.exec(p)?.[1];
}

export interface FileChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

/** Files added, changed and removed between two SHA256SUMS listings. Pure. */
export function diffFiles(current: Record<string, string>, previous: Record<string, string>): FileChanges {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [p, h] of Object.entries(current)) {
    if (!(p in previous)) added.push(p);
    else if (previous[p] !== h) changed.push(p);
  }
  for (const p of Object.keys(previous)) if (!(p in current)) removed.push(p);
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

function datasetChange(name: string, current: ReleaseSnapshot, previous: ReleaseSnapshot | undefined, changes: FileChanges | undefined): string {
  if (!previous) return 'first release';
  const now = current.counts[name];
  const before = previous.counts[name];
  const known = Object.keys(previous.counts).length > 0 || Object.keys(previous.files).length > 0;
  if (!known) return 'previous release has no manifest';
  if (before === undefined && !Object.keys(previous.files).some((p) => datasetOf(p) === name)) return 'new';
  if (now === undefined && before !== undefined) return `removed (had ${before})`;
  const touched = changes ? [...changes.added, ...changes.changed, ...changes.removed].some((p) => datasetOf(p) === name) : true;
  if (now !== undefined && before !== undefined && now !== before) {
    const delta = now - before;
    return `${delta > 0 ? '+' : '−'}${Math.abs(delta)} records`;
  }
  return touched ? 'files changed, same number of records' : 'unchanged';
}

/** Records listed per dataset in the notes before "… and N more" (the release body must stay well under GitHub's limit). */
const NOTES_MAX_PER_DATASET = 10;

/**
 * A "what changed in the records" section from a record-level diff of the previous release and this one (see
 * pipeline/stages/diff). The diff may cover only the datasets whose JSON changed: the others are unchanged.
 */
export function recordChangesSection(diff: DatasetsDiff): ReleaseNotesSection {
  return (current, previous) => {
    if (!previous) return undefined;
    const s = summariseDiff(diff);
    const lines = ['### What changed in the records', ''];
    if (s.changed_datasets === 0) {
      lines.push(`No record was added, removed or changed since ${previous.tag}.`);
      return lines.join('\n');
    }
    lines.push(
      `Since ${previous.tag}: ${s.added} record${s.added === 1 ? '' : 's'} added, ${s.removed} removed, ${s.changed} changed (matched by id), in ${s.changed_datasets} dataset${s.changed_datasets === 1 ? '' : 's'}. \`etat-numerique diff ${previous.tag} ${current.tag}\` lists every field.`,
      '',
    );
    lines.push(renderChangeDetails({ datasets: diff.datasets.filter(datasetChanged) }, { level: 4, maxPerDataset: NOTES_MAX_PER_DATASET }));
    return lines.join('\n');
  };
}

/** Renders the release notes (markdown). `sections` extend it without changing this function. */
export function renderReleaseNotes(
  current: ReleaseSnapshot,
  previous: ReleaseSnapshot | undefined,
  sections: readonly ReleaseNotesSection[] = [],
): string {
  const changes = previous && Object.keys(previous.files).length > 0 ? diffFiles(current.files, previous.files) : undefined;
  const names = [...new Set([...Object.keys(current.counts), ...Object.keys(previous?.counts ?? {})])].sort();
  const lines: string[] = [`## Data version ${current.tag}`, ''];
  const built = [
    current.tool ? `Built by ${current.tool.name} ${current.tool.version}` : undefined,
    current.sourceCount !== undefined ? `from ${current.sourceCount} source${current.sourceCount === 1 ? '' : 's'}` : undefined,
  ].filter(Boolean);
  if (built.length > 0) lines.push(`${built.join(' ')}.`, '');
  lines.push(previous ? `Compared with the previous release, ${previous.tag}.` : 'This is the first release.', '');
  if (names.length > 0) {
    lines.push('| Dataset | Records | Change |', '| --- | ---: | --- |');
    for (const name of names) {
      const count = current.counts[name];
      lines.push(`| ${name} | ${count === undefined ? '—' : count} | ${datasetChange(name, current, previous, changes)} |`);
    }
    lines.push('');
  }
  if (changes) {
    const total = changes.added.length + changes.changed.length + changes.removed.length;
    lines.push('### Files changed since the previous release', '');
    if (total === 0) lines.push('None: same bytes as the previous release.');
    for (const [label, list] of [['Added', changes.added], ['Changed', changes.changed], ['Removed', changes.removed]] as const) {
      if (list.length > 0) lines.push(`- ${label}: ${list.map((p) => `\`${p}\``).join(', ')}`);
    }
    lines.push('');
  }
  for (const section of sections) {
    const text = section(current, previous);
    if (text !== undefined && text.trim() !== '') lines.push(text.trimEnd(), '');
  }
  lines.push(
    '### Files',
    '',
    `${Object.keys(current.files).length + 1} files. Files in sub-folders are attached with \`--\` in place of \`/\` (e.g. \`schemas--events.schema.json\`).`,
    'Check a download with `sha256sum -c SHA256SUMS --ignore-missing` after renaming flattened files back.',
  );
  return `${lines.join('\n')}\n`;
}
