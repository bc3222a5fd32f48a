/**
 * The one place where ajv errors become Issues (records: ajvErrorsToIssues; Data Package descriptors:
 * ajvDescriptorErrorsToIssues), plus the constructors of the other validation issues.
 * A schema-violation message names the dataset, the record id, the field, the offending value and, when known,
 * the source quote of the record's first fact; the location carries the JSON pointer inside the record.
 */
import type { ErrorObject } from 'ajv';
import type { Issue, IssueLocation } from '../../types/domain.ts';

/** Shortened JSON of a value, for messages. */
export function showValue(value: unknown, max = 120): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const unescapePointer = (s: string): string => s.replaceAll('~1', '/').replaceAll('~0', '~');

/** The top-level field an ajv error is about (undefined for record-level rules). */
export function fieldOf(error: ErrorObject): string | undefined {
  if (error.keyword === 'required') return String((error.params as { missingProperty: string }).missingProperty);
  if (error.keyword === 'additionalProperties') {
    return String((error.params as { additionalProperty: string }).additionalProperty);
  }
  const first = error.instancePath.split('/')[1];
  return first === undefined ? undefined : unescapePointer(first);
}

export interface RecordContext {
  dataset: string;
  /** The record's id, or "#<index>" when it has none. */
  record: string;
  /** The record itself (to show the value of a missing/extra property). */
  data: unknown;
  /** Source quote of the record's first fact, when known. */
  quote?: string | undefined;
  /** Source id of that fact, when known. */
  source?: string | undefined;
}

/** Whether an error only summarises others (if/then, oneOf branches): those are left out of reports. */
function isSummary(error: ErrorObject): boolean {
  return error.keyword === 'if';
}

/**
 * Maps the ajv errors of one record to `schema-violation` issues (one per error, summaries left out).
 * Needs ajv's `verbose: true` for the offending values and the rule descriptions.
 */
export function ajvErrorsToIssues(
  errors: readonly ErrorObject[] | null | undefined,
  ctx: RecordContext,
  stage: Issue['stage'] = 'validate',
): Issue[] {
  return (errors ?? [])
    .filter((e) => !isSummary(e))
    .map((error) => {
      const field = fieldOf(error);
      const pointer =
        error.keyword === 'required' || error.keyword === 'additionalProperties'
          ? `${error.instancePath}/${field ?? ''}`
          : error.instancePath;
      const value =
        error.keyword === 'required'
          ? undefined
          : error.keyword === 'additionalProperties'
            ? (ctx.data as Record<string, unknown> | null)?.[field ?? '']
            : error.data;
      // A rule written in an allOf (date/precision coherence, name-or-acronym) explains itself in its description.
      const parent = error.parentSchema as { description?: unknown } | undefined;
      const rule =
        error.schemaPath.startsWith('#/allOf/') && typeof parent?.description === 'string'
          ? parent.description
          : undefined;
      const what = field === undefined ? 'the record' : `field "${field}"`;
      let body: string;
      if (error.keyword === 'required') body = `${what} is missing.`;
      else if (rule)
        body = field === undefined ? `${what} breaks a rule: ${rule}` : `${what} is ${showValue(value)}: ${rule}`;
      else body = `${what} ${error.message ?? 'is invalid'}; value ${showValue(value)}.`;
      const quote = ctx.quote
        ? ` Source quote: « ${ctx.quote.length > 200 ? `${ctx.quote.slice(0, 199)}…` : ctx.quote} ».`
        : '';
      const location: IssueLocation = { dataset: ctx.dataset, record: ctx.record, pointer };
      if (field !== undefined) location.field = field;
      if (ctx.source) location.source = ctx.source;
      return {
        code: 'schema-violation',
        severity: 'error',
        stage,
        message: `${ctx.dataset} record ${ctx.record}: ${body}${quote}`,
        hint: `The record does not match schemas/${ctx.dataset}.schema.json: fix the stage that produced it (normalise or its extractor), not the schema, unless the contract itself must change.`,
        location,
      } satisfies Issue;
    });
}

/**
 * Maps the ajv errors of a descriptor validated against a Data Package v2 profile (datapackage.json, one of its
 * resources, Table Schemas or dialects) to `datapackage-invalid` issues. `base` is the descriptor's JSON pointer
 * inside datapackage.json.
 */
export function ajvDescriptorErrorsToIssues(
  errors: readonly ErrorObject[] | null | undefined,
  what: string,
  base: string,
  file = 'datapackage.json',
): Issue[] {
  return (errors ?? []).map((e) =>
    fileIssue(
      'datapackage-invalid',
      `${file}: ${what} at "${base}${e.instancePath}" ${e.message ?? 'is invalid'} (profile rule ${e.schemaPath}).`,
      { file, pointer: `${base}${e.instancePath}` },
      'datapackage.json must follow the Data Package v2 profiles in schemas/vendor/datapackage-2.0.',
    ),
  );
}

/** An issue about a whole file of dist/ (or one record of it). */
export function fileIssue(
  code: string,
  message: string,
  location: IssueLocation,
  hint?: string,
  severity: Issue['severity'] = 'error',
): Issue {
  return { code, severity, stage: 'validate', message, location, ...(hint ? { hint } : {}) };
}
