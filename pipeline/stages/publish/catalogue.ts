/**
 * Publishes dist/ to a udata catalogue (data.gouv.fr API v1) with undici: finds or creates the dataset, uploads
 * one resource per file (streamed multipart, part `file`), skips files whose server-computed checksum matches,
 * and keeps the dataset saying "update in progress" while files of two versions may be mixed.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { LimitFunction } from 'p-limit';
import { request, type Dispatcher } from 'undici';
import { z } from 'zod';
import { UsageError } from '../../errors.ts';
import {
  EXTRA_DATASET_KEY,
  assembleDatasetPayload,
  assembleResourceMetadata,
  datasetChanges,
  type DatasetPayload,
} from './catalogue-metadata.ts';
import type { CatalogueSettings } from './config.ts';
import type { Dist } from './dist.ts';
import { PublishError } from './errors.ts';
import { HttpError, RetryableError, describeFailure, runBounded, withRetry, type RetryContext } from './http.ts';
import {
  catalogueEntryFor,
  matchResource,
  metadataChanges,
  planCatalogueResources,
  resourcePlanLines,
  resourceProblem,
  type CatalogueEntry,
  type PlanLine,
  type PublishOptions,
  type RemoteResource,
  type ResourceMetadata,
  type ResourceStep,
} from './plan.ts';

const resourceSchema = z.object({
  id: z.string(),
  title: z.string(),
  filetype: z.string(),
  url: z.string(),
  latest: z.string().optional(),
  checksum: z.object({ type: z.string(), value: z.string() }).nullable().optional().transform((v) => v ?? null),
  filesize: z.number().nullable().optional().transform((v) => v ?? null),
  format: z.string().nullable().optional().transform((v) => v ?? null),
  mime: z.string().nullable().optional().transform((v) => v ?? null),
  type: z.string(),
  description: z.string().nullable().optional().transform((v) => v ?? null),
  schema: z
    .object({ name: z.string().nullable().optional(), version: z.string().nullable().optional(), url: z.string().nullable().optional() })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  extras: z.record(z.string(), z.unknown()).nullable().optional().transform((v) => v ?? {}),
});

const datasetSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  description: z.string().nullable().transform((v) => v ?? ''),
  license: z.string().nullable().optional().transform((v) => v ?? null),
  frequency: z.string().nullable().optional().transform((v) => v ?? null),
  private: z.boolean().nullable().optional().transform((v) => v ?? false),
  tags: z.array(z.string()).nullable().optional().transform((v) => v ?? []),
  temporal_coverage: z
    .object({ start: z.string().nullable().optional(), end: z.string().nullable().optional() })
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  extras: z.record(z.string(), z.unknown()).nullable().optional().transform((v) => v ?? {}),
  resources: z.array(resourceSchema).nullable().optional().transform((v) => v ?? []),
  page: z.string().optional(),
});

type Dataset = z.infer<typeof datasetSchema>;

const pageSchema = z.object({ data: z.array(z.unknown()), next_page: z.string().nullable().optional() });

export interface CatalogueContext {
  settings: CatalogueSettings;
  dispatcher: Dispatcher;
  retry: RetryContext;
  limit: LimitFunction;
  log: (line: string) => void;
  userAgent: string;
}

export interface CatalogueOutcome {
  datasetId: string | undefined;
  datasetUrl: string | undefined;
  lines: PlanLine[];
  unchanged: boolean;
}

function parse<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new PublishError('catalogue-unexpected-response', `The catalogue answered with ${what} of an unexpected shape.`, {
      hint: "check that CATALOGUE_URL is a udata instance's root (e.g. https://demo.data.gouv.fr)",
    });
  }
  return result.data;
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** udata API calls: trailing slashes, X-API-KEY, JSON in and out, errors as HttpError (status, body). */
class UdataApi {
  constructor(private readonly ctx: CatalogueContext) {}

  private url(pathOrUrl: string): string {
    return pathOrUrl.startsWith('http') ? pathOrUrl : `${this.ctx.settings.apiUrl}${pathOrUrl}`;
  }

  /** One HTTP exchange; no retry here. Reads the whole (small, JSON) answer. */
  async send(method: string, pathOrUrl: string, init: { json?: unknown; body?: AsyncIterable<Uint8Array>; headers?: Record<string, string> } = {}): Promise<unknown> {
    const url = this.url(pathOrUrl);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.ctx.userAgent,
      'x-api-key': this.ctx.settings.apiKey,
      ...init.headers,
    };
    let body: string | Readable | undefined = init.body === undefined ? undefined : Readable.from(init.body, { objectMode: false });
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      headers['content-type'] = 'application/json';
    }
    const res = await request(url, { method: method as Dispatcher.HttpMethod, headers, body: body ?? null, dispatcher: this.ctx.dispatcher });
    const text = await res.body.text();
    const responseHeaders = flatHeaders(res.headers);
    let data: unknown = text;
    if ((responseHeaders['content-type'] ?? '').includes('json') && text !== '') {
      try {
        data = JSON.parse(text);
      } catch {
        data = text;
      }
    }
    if (res.statusCode >= 300) throw new HttpError(res.statusCode, method, url, responseHeaders, data);
    return data;
  }

  call(label: string, method: string, path: string, init: { json?: unknown } = {}): Promise<unknown> {
    return withRetry(label, () => this.send(method, path, init), this.ctx.retry);
  }

  /** GET that answers undefined on 404. */
  async find(label: string, path: string): Promise<unknown> {
    return withRetry(
      label,
      async () => {
        try {
          return await this.send('GET', path);
        } catch (error) {
          if (describeFailure(error).status === 404) return undefined;
          throw error;
        }
      },
      this.ctx.retry,
    );
  }

  /** Follows `next_page` until null. A page past the last one is a 404 (not an empty page): it ends the list. */
  async listAll(label: string, path: string): Promise<unknown[]> {
    const out: unknown[] = [];
    let next: string | null | undefined = `${path}?page=1&page_size=100`;
    let first = true;
    while (next) {
      const target: string = next;
      const page = first ? await this.call(label, 'GET', target) : await this.find(label, target);
      if (page === undefined) break;
      const parsed = parse(pageSchema, page, 'a page');
      out.push(...parsed.data);
      next = parsed.next_page;
      if (next && !next.startsWith(this.ctx.settings.rootUrl)) {
        throw new PublishError('catalogue-unexpected-response', 'The catalogue paginates to another host; refusing to follow it with the API key.');
      }
      first = false;
    }
    return out;
  }

  async getDataset(idOrSlug: string): Promise<Dataset | undefined> {
    const data = await withRetry(
      'read dataset',
      async () => {
        try {
          return await this.send('GET', `/datasets/${encodeURIComponent(idOrSlug)}/`);
        } catch (error) {
          const status = describeFailure(error).status;
          if (status === 404) return undefined;
          if (status === 410) {
            throw new PublishError('catalogue-dataset-deleted', `Dataset ${idOrSlug} has been deleted from the catalogue.`, {
              hint: 'restore it in the catalogue, or set CATALOGUE_DATASET to a new slug to create another one',
              status: 410,
            });
          }
          throw error;
        }
      },
      this.ctx.retry,
    );
    return data === undefined ? undefined : parse(datasetSchema, data, 'a dataset');
  }

  /**
   * Uploads a file as multipart/form-data, part `file`, streamed from disk: the body is the multipart head, the
   * file's bytes and the closing boundary, with an exact content-length. `resourceId` replaces that resource's file.
   */
  async uploadOnce(datasetId: string, entry: CatalogueEntry, resourceId: string | undefined): Promise<RemoteResource> {
    const boundary = `----etat-numerique-${randomBytes(12).toString('hex')}`;
    const safeName = entry.uploadName.replace(/["\r\n]/g, '_');
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${safeName}"\r\nContent-Type: ${entry.file.mediaType}\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    async function* body(): AsyncIterable<Uint8Array> {
      yield head;
      for await (const chunk of createReadStream(entry.file.absPath)) yield chunk as Buffer;
      yield tail;
    }
    const path = resourceId === undefined ? `/datasets/${datasetId}/upload/` : `/datasets/${datasetId}/resources/${resourceId}/upload/`;
    const data = await this.send('POST', path, {
      body: body(),
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + entry.file.size + tail.length),
      },
    });
    return parse(resourceSchema, data, 'a resource');
  }
}

/**
 * Uploads (create or replace) one file and checks what the server computed (size, sha1). Creating is not
 * idempotent: before a retry, look for a resource that an interrupted attempt created, and replace or keep it.
 */
async function uploadEntry(api: UdataApi, datasetId: string, entry: CatalogueEntry, existing: RemoteResource | undefined, ctx: CatalogueContext): Promise<RemoteResource> {
  let target = existing;
  return withRetry(
    `upload ${entry.uploadName}`,
    async (attempt) => {
      if (attempt > 0 && target === undefined) {
        const dataset = await api.getDataset(datasetId);
        const landed = dataset ? matchResource(entry, dataset.resources, new Set()) : undefined;
        if (landed && resourceProblem(entry, landed) === undefined) return landed;
        target = landed;
      }
      const resource = await api.uploadOnce(datasetId, entry, target?.id);
      target = resource;
      const problem = resourceProblem(entry, resource);
      if (problem) throw new RetryableError(`the catalogue's copy of ${entry.uploadName} does not match the local file (${problem})`);
      return resource;
    },
    ctx.retry,
  );
}

function resolveExtensions(data: unknown): Set<string> {
  const list = parse(z.array(z.string()), data, 'the extension list');
  return new Set(list.map((e) => e.toLowerCase().replace(/^\./, '')));
}

/**
 * Makes the catalogue dataset hold this dist. In dry-run mode only reads. Throws PublishError on refusal, and
 * UsageError when the instance does not know the configured licence.
 */
export async function publishCatalogue(dist: Dist, ctx: CatalogueContext, opts: PublishOptions): Promise<CatalogueOutcome> {
  const api = new UdataApi(ctx);
  const s = ctx.settings;

  // Load: organisation, vocabularies, dataset.
  const orgData = await api.find('read organisation', `/organizations/${encodeURIComponent(s.organization)}/`);
  if (orgData === undefined) {
    throw new PublishError('catalogue-organization-unknown', `The catalogue has no organisation ${s.organization}.`, {
      hint: 'set CATALOGUE_ORGANIZATION to the id or slug of an organisation the API key user belongs to',
      status: 404,
    });
  }
  const org = parse(z.object({ id: z.string() }), orgData, 'an organisation');
  const licenses = parse(z.array(z.object({ id: z.string() })), await api.call('read licences', 'GET', '/datasets/licenses/'), 'the licence list');
  if (!licenses.some((l) => l.id === s.license)) {
    throw new UsageError('catalogue-license-unknown', `CATALOGUE_LICENSE is not a licence this catalogue knows.`, {
      hint: `use one of: ${licenses.map((l) => l.id).join(', ')}`,
    });
  }
  const allowed = resolveExtensions(await api.call('read allowed extensions', 'GET', '/datasets/extensions/'));
  let dataset = await api.getDataset(s.dataset);
  if (!dataset) {
    // A dataset created by an earlier run has a server-made slug; we find it again by the key stored in its extras.
    const owned = await api.listAll('list organisation datasets', `/organizations/${org.id}/datasets/`);
    const match = owned.map((d) => parse(datasetSchema, d, 'a dataset')).find((d) => d.extras[EXTRA_DATASET_KEY] === s.dataset);
    if (match) {
      dataset = (await api.getDataset(match.id)) ?? match;
      ctx.log(`catalogue: found dataset ${s.dataset} as ${match.id}; set CATALOGUE_DATASET=${match.id} to skip this search`);
    }
  }

  // Process: entries, plan, metadata.
  const lines: PlanLine[] = [];
  const entries: CatalogueEntry[] = [];
  for (const file of dist.files) {
    const entry = catalogueEntryFor(file, allowed);
    if ('skipped' in entry) lines.push({ target: 'catalogue', action: 'skip', subject: `file ${file.assetName}`, detail: entry.skipped });
    else entries.push(entry);
  }
  const remote = dataset?.resources ?? [];
  const schemaUrls = new Map<string, string>();
  const noteSchemaUrl = (entry: CatalogueEntry, r: RemoteResource) => {
    if (entry.file.kind === 'schema' && entry.file.dataset) schemaUrls.set(entry.file.dataset, r.latest ?? r.url);
  };
  const metadataFor = (entry: CatalogueEntry): ResourceMetadata =>
    assembleResourceMetadata(entry, entry.file.dataset ? schemaUrls.get(entry.file.dataset) : undefined);
  // Schema links of CSV files point at the schema resources: resolve those first.
  const schemaEntries = entries.filter((e) => e.file.kind === 'schema');
  for (const e of schemaEntries) {
    const r = matchResource(e, remote, new Set());
    if (r && resourceProblem(e, r) === undefined) noteSchemaUrl(e, r);
  }
  const steps = planCatalogueResources(entries, remote, { prune: opts.prune, metadataFor });
  const final = assembleDatasetPayload(dist, entries, s, 'complete');
  const changes = dataset ? datasetChanges(final, dataset) : ['new'];
  const resourceWrites = steps.filter((st) => st.action !== 'skip' && st.action !== 'keep');

  if (!dataset) lines.push({ target: 'catalogue', action: 'create', subject: `dataset ${s.dataset}`, detail: `in organisation ${s.organization}` });
  else if (changes.length > 0 || resourceWrites.length > 0) lines.push({ target: 'catalogue', action: 'update', subject: `dataset ${dataset.slug}`, detail: changes.length > 0 ? `metadata: ${changes.join(', ')}` : 'version status' });
  else lines.push({ target: 'catalogue', action: 'skip', subject: `dataset ${dataset.slug}`, detail: 'metadata up to date' });
  lines.push(...resourcePlanLines(steps));
  const unchanged = dataset !== undefined && changes.length === 0 && resourceWrites.length === 0;
  opts.onPlan?.(lines);
  if (opts.dryRun || unchanged) return { datasetId: dataset?.id, datasetUrl: dataset?.page, lines, unchanged };

  // Save: say "updating", write the resources (schemas first), then say "complete".
  const updating = assembleDatasetPayload(dist, entries, s, 'updating');
  if (!dataset) {
    const created = await createDataset(api, ctx, org.id, updating);
    dataset = created;
  } else if (resourceWrites.length > 0) {
    await putDataset(api, dataset, updating);
  }
  const datasetId = dataset.id;

  const apply = async (step: ResourceStep): Promise<void> => {
    switch (step.action) {
      case 'keep':
        return;
      case 'delete':
        await withRetry(
          `delete resource ${step.resource.title}`,
          async () => {
            try {
              await api.send('DELETE', `/datasets/${datasetId}/resources/${step.resource.id}/`);
            } catch (error) {
              if (describeFailure(error).status !== 404) throw error;
            }
          },
          ctx.retry,
        );
        ctx.log(`catalogue: deleted ${step.resource.title}`);
        return;
      default: {
        let resource = step.action === 'create' ? undefined : step.resource;
        if (step.action === 'create' || step.action === 'replace') {
          resource = await uploadEntry(api, datasetId, step.entry, resource, ctx);
          ctx.log(`catalogue: uploaded ${step.entry.uploadName} (${resource.filesize ?? '?'} bytes, ${resource.checksum?.type ?? 'no'} checksum ${resource.checksum?.value ?? ''})`.trimEnd());
        }
        if (!resource) return;
        noteSchemaUrl(step.entry, resource);
        const want = metadataFor(step.entry);
        if (metadataChanges(want, resource).length > 0) {
          const current = resource;
          // Hosted files' url, checksum, filesize, mime and format are computed by the server: we send only the rest.
          await api.call(`describe resource ${step.entry.uploadName}`, 'PUT', `/datasets/${datasetId}/resources/${current.id}/`, {
            json: { title: want.title, description: want.description, type: want.type, schema: want.schema, extras: { ...current.extras, ...want.extras } },
          });
        }
      }
    }
  };
  const first = steps.filter((st) => !('entry' in st) || st.entry.file.format !== 'csv');
  const csv = steps.filter((st) => 'entry' in st && st.entry.file.format === 'csv');
  await runBounded(first, ctx.limit, apply);
  await runBounded(csv, ctx.limit, apply);

  const after = await api.getDataset(datasetId);
  if (!after) throw new PublishError('catalogue-dataset-vanished', `Dataset ${datasetId} disappeared during publication.`);
  const left = planCatalogueResources(entries, after.resources, { prune: false, metadataFor }).filter((st) => st.action === 'create' || st.action === 'replace');
  if (left.length > 0) {
    throw new PublishError('catalogue-incomplete', `${left.length} catalogue resource(s) still differ from the local files; the dataset keeps its "update in progress" notice.`, {
      hint: 'run publish again: it completes the update',
    });
  }
  if (datasetChanges(final, after).length > 0) await putDataset(api, after, final);
  return { datasetId, datasetUrl: after.page, lines, unchanged: false };
}

async function createDataset(api: UdataApi, ctx: CatalogueContext, orgId: string, payload: DatasetPayload): Promise<Dataset> {
  // Not idempotent: before a retry, look for the dataset an interrupted attempt may have created.
  const adopt = async () => {
    const owned = await api.listAll('list organisation datasets', `/organizations/${orgId}/datasets/`);
    const found = owned.map((d) => parse(datasetSchema, d, 'a dataset')).find((d) => d.extras[EXTRA_DATASET_KEY] === ctx.settings.dataset);
    return found ? await api.getDataset(found.id) : undefined;
  };
  const dataset = await withRetry(
    'create dataset',
    async (attempt) => {
      if (attempt > 0) {
        const landed = await adopt();
        if (landed) return landed;
      }
      return parse(datasetSchema, await api.send('POST', '/datasets/', { json: { ...payload, organization: orgId } }), 'a dataset');
    },
    ctx.retry,
  );
  ctx.log(`catalogue: created dataset ${dataset.slug} (${dataset.id}); set CATALOGUE_DATASET=${dataset.id} to find it directly`);
  return dataset;
}

async function putDataset(api: UdataApi, dataset: Dataset, payload: DatasetPayload): Promise<void> {
  // PUT is partial; extras are sent whole (ours merged over the others) and `private` always explicitly.
  await api.call('update dataset', 'PUT', `/datasets/${dataset.id}/`, {
    json: { ...payload, private: payload.private, extras: { ...dataset.extras, ...payload.extras } },
  });
}
