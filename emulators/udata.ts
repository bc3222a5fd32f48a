/**
 * udata (data.gouv.fr API v1) emulator: organisations, datasets, resources, uploads and vocabularies, faithful to
 * shared/reference/catalogue-api.md and the recorded responses in shared/reference/udata/. Reproduces the traps:
 * routes end with a slash (308 otherwise), X-API-KEY auth, multipart part `file`, server-computed sha1 checksum
 * and size, protected fields on hosted resources, `.jsonld` outside the extension allow-list, partial PUT,
 * pagination envelope whose page past the last one is a 404.
 */
import { createHash, randomUUID } from 'node:crypto';
import { EmulatorCore, parseMultipart, startServer, stopServers, type EmuRequest, type EmuResponse, type FaultRule, type RecordedRequest } from './common.ts';

/** udata's default ALLOWED_RESOURCES_EXTENSIONS (udata/settings.py): no `jsonld`, no `md`. */
export const DEFAULT_ALLOWED_EXTENSIONS = [
  'csv', 'txt', 'json', 'pdf', 'xml', 'rtf', 'xsd', 'ods', 'odt', 'odp', 'odg', 'xls', 'xlsx', 'doc', 'docx', 'pps',
  'ppt', 'tar', 'gz', 'tgz', 'rar', 'zip', '7z', 'xz', 'bz2', 'jpeg', 'jpg', 'jpe', 'gif', 'png', 'dwg', 'svg',
  'tiff', 'ecw', 'svgz', 'jp2', 'shp', 'kml', 'kmz', 'gpx', 'shx', 'ovr', 'geojson', 'gpkg', 'grib2', 'dbf', 'prj',
  'sql', 'epub', 'sbn', 'sbx', 'cpg', 'lyr', 'owl', 'dxf', 'rdf', 'ttl', 'n3',
];

const LICENSES = ['cc-by', 'cc-by-sa', 'cc-zero', 'fr-lo', 'lov2', 'notspecified', 'odc-by', 'odc-odbl', 'odc-pddl', 'other-at', 'other-open', 'other-pd'];

const FREQUENCIES = [
  'continuous', 'oneMinute', 'fiveMinutes', 'tenMinutes', 'fifteenMinutes', 'thirtyMinutes', 'hourly', 'bihourly',
  'trihourly', 'twelveHours', 'severalTimesADay', 'threeTimesADay', 'semidaily', 'daily', 'fiveTimesAWeek',
  'threeTimesAWeek', 'semiweekly', 'weekly', 'biweekly', 'threeTimesAMonth', 'semimonthly', 'monthly', 'bimonthly',
  'quarterly', 'threeTimesAYear', 'semiannual', 'annual', 'biennial', 'triennial', 'quadrennial', 'quinquennial',
  'decennial', 'bidecennial', 'tridecennial', 'punctual', 'irregular', 'never', 'notPlanned', 'other', 'unknown',
];
const LEGACY_FREQUENCIES: Record<string, string> = { realtime: 'continuous', fourTimesADay: 'severalTimesADay', fourTimesAWeek: 'other', fortnighly: 'biweekly', biannual: 'semiannual' };
const RESOURCE_TYPES = ['main', 'documentation', 'update', 'api', 'code', 'other'];
const CHECKSUM_TYPES = ['sha1', 'sha2', 'sha256', 'md5', 'crc'];
/** Hosted-file fields the server computes; values sent on PUT are silently ignored (HOSTED_RESOURCE_PROTECTED_FIELDS). */
const PROTECTED = ['filetype', 'url', 'checksum', 'filesize', 'mime', 'format'];

const MIME: Record<string, string> = {
  csv: 'text/csv',
  json: 'application/json',
  jsonld: 'application/ld+json',
  txt: 'text/plain',
  xml: 'application/xml',
  pdf: 'application/pdf',
  zip: 'application/zip',
  gz: 'application/gzip',
  geojson: 'application/geo+json',
};

export interface UdataEmulatorOptions {
  /** API key → user. The user is a member of the organisation unless `member` is false. */
  apiKeys?: Record<string, { user: string; member?: boolean }>;
  organization?: { id: string; slug: string; name: string };
  allowedExtensions?: string[];
  /** Cap on page_size, lower than real instances to exercise pagination. */
  maxPageSize?: number;
}

export interface EmuResource {
  id: string;
  title: string;
  description: string | null;
  filetype: 'file' | 'remote';
  type: string;
  url: string;
  format: string | null;
  mime: string | null;
  filesize: number | null;
  checksum: { type: string; value: string } | null;
  schema: { name?: string | null; version?: string | null; url?: string | null } | null;
  extras: Record<string, unknown>;
  created_at: string;
  last_modified: string;
  data: Buffer | undefined;
}

export interface EmuDataset {
  id: string;
  slug: string;
  oldSlugs: string[];
  title: string;
  description: string;
  acronym: string | null;
  license: string;
  frequency: string;
  temporal_coverage: { start: string; end: string | null } | null;
  tags: string[];
  extras: Record<string, unknown>;
  private: boolean;
  archived: string | null;
  deleted: string | null;
  organization: string | null;
  owner: string | null;
  resources: EmuResource[];
  created_at: string;
  last_modified: string;
  last_update: string;
}

export interface UdataEmulator {
  /** Instance root, to use as CATALOGUE_URL. */
  url: string;
  /** `${url}/api/1` */
  apiUrl: string;
  organization: { id: string; slug: string; name: string };
  requests: RecordedRequest[];
  writes(): RecordedRequest[];
  inject(rule: FaultRule): void;
  clearFaults(): void;
  resetLog(): void;
  datasets: EmuDataset[];
  close(): Promise<void>;
}

const objectId = (n: number) => `5d13a8b6634f4107${n.toString(16).padStart(8, '0')}`;

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 255);
}

/** How udata names a stored file: lower case, `.` kept, other runs of characters turned into `-`. */
export function normaliseUploadName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const iso = (d: Date) => d.toISOString().replace('Z', '+00:00').replace(/\.(\d{3})\+/, '.$1000+');

/** Starts the udata emulator on a free port of 127.0.0.1. */
export async function startUdataEmulator(options: UdataEmulatorOptions = {}): Promise<UdataEmulator> {
  const core = new EmulatorCore();
  const apiKeys = options.apiKeys ?? { 'emulator-catalogue-key': { user: 'publisher' } };
  const organization = options.organization ?? { id: '646b7187b50b2a93b1ae3d45', slug: 'etat-numerique', name: 'État numérique' };
  const allowed = new Set(options.allowedExtensions ?? DEFAULT_ALLOWED_EXTENSIONS);
  const maxPageSize = options.maxPageSize ?? 1000;
  const datasets: EmuDataset[] = [];
  let nextOid = 1;
  let root = '';
  let clock = Date.now();
  const now = () => new Date((clock += 1000));

  const err = (status: number, message: string, extra: Record<string, unknown> = {}): EmuResponse => ({ status, body: { message, ...extra } });
  const formErrors = (errors: Record<string, unknown>): EmuResponse => ({ status: 400, body: { errors } });

  /** undefined = anonymous; null = bad key; otherwise the user. */
  const caller = (req: EmuRequest): { user: string; member: boolean } | null | undefined => {
    const key = req.headers['x-api-key'];
    if (key === undefined) return undefined;
    const u = apiKeys[Array.isArray(key) ? (key[0] ?? '') : key];
    return u ? { user: u.user, member: u.member !== false } : null;
  };

  const orgRef = () => ({
    acronym: null,
    badges: [{ kind: 'public-service' }],
    class: 'Organization',
    id: organization.id,
    logo: null,
    logo_thumbnail: null,
    name: organization.name,
    page: `${root}/fr/organizations/${organization.slug}/`,
    slug: organization.slug,
    uri: `${root}/api/1/organizations/${organization.slug}/`,
  });

  const resourceJson = (r: EmuResource) => ({
    checksum: r.checksum,
    created_at: r.created_at,
    description: r.description,
    extras: r.extras,
    filesize: r.filesize,
    filetype: r.filetype,
    format: r.format,
    harvest: null,
    id: r.id,
    internal: { created_at_internal: r.created_at, last_modified_internal: r.last_modified },
    last_modified: r.last_modified,
    latest: `${root}/fr/datasets/r/${r.id}`,
    metrics: { views: 0 },
    mime: r.mime,
    preview_url: null,
    schema: r.schema,
    title: r.title,
    type: r.type,
    url: r.url,
  });

  const datasetJson = (d: EmuDataset) => ({
    acronym: d.acronym,
    archived: d.archived,
    badges: [],
    contact_points: [],
    created_at: d.created_at,
    deleted: d.deleted,
    description: d.description,
    description_short: null,
    extras: d.extras,
    featured: false,
    frequency: d.frequency,
    frequency_date: null,
    harvest: null,
    id: d.id,
    internal: { created_at_internal: d.created_at, last_modified_internal: d.last_modified },
    last_modified: d.last_modified,
    last_update: d.last_update,
    license: d.license,
    metrics: { discussions: 0, followers: 0, resources_downloads: 0, reuses: 0, views: 0 },
    organization: d.organization ? orgRef() : null,
    owner: d.owner ? { class: 'User', id: d.owner, slug: d.owner } : null,
    page: `${root}/fr/datasets/${d.slug}/`,
    private: d.private,
    quality: { score: 0.5 },
    resources: d.resources.map(resourceJson),
    schema: null,
    slug: d.slug,
    spatial: null,
    tags: d.tags,
    temporal_coverage: d.temporal_coverage,
    title: d.title,
    uri: `${root}/api/1/datasets/${d.slug}/`,
  });

  /** The pagination envelope; a page past the last one is a 404, page 1 of nothing is an empty page. */
  const paginate = (req: EmuRequest, items: unknown[], defaultSize: number): EmuResponse => {
    const page = Number(req.url.searchParams.get('page') ?? '1');
    const requested = Number(req.url.searchParams.get('page_size') ?? String(defaultSize));
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(requested) || requested < 1) {
      return formErrors({ page_size: ['page and page_size must be integers ≥ 1'] });
    }
    const size = Math.min(requested, maxPageSize);
    const last = Math.max(1, Math.ceil(items.length / size));
    if (page > last) return err(404, 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.');
    const link = (p: number) => {
      const u = new URL(req.url.pathname, root);
      req.url.searchParams.forEach((v, k) => u.searchParams.set(k, v));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    return {
      status: 200,
      body: {
        data: items.slice((page - 1) * size, page * size),
        page,
        page_size: size,
        total: items.length,
        next_page: page < last ? link(page + 1) : null,
        previous_page: page > 1 ? link(page - 1) : null,
      },
    };
  };

  const findDataset = (idOrSlug: string) => datasets.find((d) => d.id === idOrSlug || d.slug === idOrSlug);

  const jsonBody = (req: EmuRequest): Record<string, unknown> | EmuResponse => {
    if (!(req.headers['content-type'] ?? '').includes('application/json')) return formErrors({ 'Content-Type': 'expecting application/json' });
    try {
      const v = JSON.parse(req.body.toString('utf8')) as unknown;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return formErrors({ request: 'expecting a JSON object' });
      return v as Record<string, unknown>;
    } catch {
      return formErrors({ request: 'expecting a JSON object' });
    }
  };
  const isResponse = (v: unknown): v is EmuResponse => typeof v === 'object' && v !== null && 'status' in v && typeof (v as EmuResponse).status === 'number' && 'body' in v;

  /** Validates and applies dataset fields (create: all; PUT: those present). Returns form errors or undefined. */
  const applyDataset = (d: EmuDataset, b: Record<string, unknown>, creating: boolean): EmuResponse | undefined => {
    const errors: Record<string, string[]> = {};
    if (creating || 'title' in b) {
      if (typeof b.title !== 'string' || b.title.trim() === '') errors.title = ['This field is required.'];
      else if (b.title.length > 350) errors.title = ['Field cannot be longer than 350 characters.'];
    }
    if (creating || 'description' in b) {
      if (typeof b.description !== 'string' || b.description.trim() === '') errors.description = ['This field is required.'];
      else if (b.description.length > 100_000) errors.description = ['Field cannot be longer than 100000 characters.'];
    }
    if ('license' in b && b.license !== null && !LICENSES.includes(String(b.license))) errors.license = ['Not a valid choice'];
    if ('frequency' in b && b.frequency !== null) {
      const f = String(b.frequency);
      if (!FREQUENCIES.includes(f) && !(f in LEGACY_FREQUENCIES)) return err(400, `'${f}' is not a valid UpdateFrequency`);
    }
    let tags: string[] | undefined;
    if ('tags' in b && b.tags !== null) {
      if (!Array.isArray(b.tags)) errors.tags = ['Not a valid list'];
      else {
        tags = b.tags.map((t) => slugify(String(t)));
        if (tags.some((t) => t.length < 3 || t.length > 96)) errors.tags = ['Tag length must be between 3 and 96 characters'];
      }
    }
    let temporal: EmuDataset['temporal_coverage'] | undefined;
    if ('temporal_coverage' in b) {
      const t = b.temporal_coverage as { start?: unknown; end?: unknown } | null;
      if (t === null) temporal = null;
      else if (typeof t !== 'object' || typeof t.start !== 'string' || Number.isNaN(Date.parse(t.start)) || (t.end != null && (typeof t.end !== 'string' || Number.isNaN(Date.parse(t.end))))) {
        errors.temporal_coverage = ['Invalid date range'];
      } else {
        const day = (s: string) => `${s.slice(0, 10)}T00:00:00+00:00`;
        temporal = { start: day(t.start), end: typeof t.end === 'string' ? day(t.end) : null };
      }
    }
    if ('extras' in b && b.extras !== null && (typeof b.extras !== 'object' || Array.isArray(b.extras))) errors.extras = ['Not a valid dict'];
    if ('organization' in b && b.organization != null) {
      const org = typeof b.organization === 'string' ? b.organization : (b.organization as { id?: string }).id;
      if (org !== organization.id) errors.organization = ['Organization does not exists'];
      else if (!creating && d.organization !== org) return err(400, 'Cannot change owner after creation. Please use transfer feature.');
    }
    if (Object.keys(errors).length > 0) return formErrors(errors);
    if (typeof b.title === 'string') {
      if (b.title !== d.title) {
        d.title = b.title;
        let slug = slugify(b.title) || 'dataset';
        for (let i = 1; datasets.some((x) => x !== d && (x.slug === slug || x.oldSlugs.includes(slug))); i++) slug = `${slugify(b.title)}-${i}`;
        if (d.slug && d.slug !== slug) d.oldSlugs.push(d.slug);
        d.slug = slug;
      }
    }
    if (typeof b.description === 'string') d.description = b.description;
    if ('acronym' in b) d.acronym = typeof b.acronym === 'string' ? b.acronym : null;
    if ('license' in b) d.license = b.license === null ? 'notspecified' : String(b.license);
    if ('frequency' in b) d.frequency = b.frequency === null ? 'unknown' : (LEGACY_FREQUENCIES[String(b.frequency)] ?? String(b.frequency));
    if (tags !== undefined) d.tags = [...new Set(tags)].sort();
    if ('tags' in b && b.tags === null) d.tags = [];
    if (temporal !== undefined) d.temporal_coverage = temporal;
    if ('extras' in b) d.extras = (b.extras as Record<string, unknown> | null) ?? {};
    // Current udata: an absent `private` keeps the stored value; null means false.
    if ('private' in b) d.private = b.private === true;
    d.last_modified = iso(now());
    return undefined;
  };

  const storeFile = (d: EmuDataset, filename: string, data: Buffer): Pick<EmuResource, 'title' | 'url' | 'format' | 'mime' | 'filesize' | 'checksum' | 'data'> => {
    const name = normaliseUploadName(filename);
    const parts = name.split('.');
    const ext = parts.length > 1 ? (parts.pop() as string) : '';
    const format = ext === 'gz' && parts.length > 1 ? `${parts.pop()}.gz` : ext;
    const t = now().toISOString();
    const folder = `${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}-${t.slice(11, 13)}${t.slice(14, 16)}${t.slice(17, 19)}`;
    return {
      title: name,
      url: `${root}/static/resources/${d.slug}/${folder}/${name}`,
      format,
      mime: MIME[ext] ?? 'application/octet-stream',
      filesize: data.length,
      checksum: { type: 'sha1', value: createHash('sha1').update(data).digest('hex') },
      data,
    };
  };

  /** Multipart upload, part `file`: checks the extension allow-list and sniffs HTML like udata. */
  const readUpload = (req: EmuRequest): { filename: string; data: Buffer } | EmuResponse => {
    if (!(req.headers['content-type'] ?? '').startsWith('multipart/form-data')) return { status: 400, body: { success: false, error: 'Missing file parameter' } };
    const part = parseMultipart(req.body, req.headers['content-type']).find((p) => p.name === 'file' && p.filename !== undefined);
    if (!part || part.filename === undefined) return { status: 400, body: { success: false, error: 'Missing file parameter' } };
    const ext = (normaliseUploadName(part.filename).split('.').pop() ?? '').toLowerCase();
    if (!part.filename.includes('.') || !allowed.has(ext)) {
      return err(400, `This file type is not allowed.The allowed file type list is available at <${root}/api/1/datasets/extensions/>`);
    }
    if (/^\s*<(!doctype html|html)/i.test(part.data.subarray(0, 512).toString('utf8'))) return err(415, 'Incorrect file content type: HTML');
    return { filename: part.filename, data: part.data };
  };

  const handler = (req: EmuRequest): EmuResponse => {
    const p = req.url.pathname;
    let m: RegExpExecArray | null;
    // Stable links and stored files (outside the API).
    if ((m = /^\/(?:fr\/|api\/1\/)?datasets\/r\/([0-9a-f-]{36})$/.exec(p)) && req.method === 'GET') {
      const r = datasets.flatMap((d) => d.resources).find((x) => x.id === m![1]);
      return r ? { status: 302, headers: { location: r.url }, body: '' } : err(404, 'Resource does not exist');
    }
    if (p.startsWith('/static/resources/') && req.method === 'GET') {
      const r = datasets.flatMap((d) => d.resources).find((x) => new URL(x.url).pathname === p);
      return r?.data ? { status: 200, headers: { 'content-type': r.mime ?? 'application/octet-stream' }, body: r.data } : { status: 404, body: 'Not Found' };
    }
    if ((m = /^\/fr\/datasets\/([^/]+)\/$/.exec(p)) && req.method === 'GET') {
      // The dataset's web page, reduced to what a person trying the publisher wants to see.
      const d = findDataset(decodeURIComponent(m[1] as string));
      if (!d || d.deleted || d.private) return { status: 404, body: 'Not Found' };
      const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      const items = d.resources.map((r) => `<li><a href="${esc(r.url)}">${esc(r.title)}</a> — ${r.filesize ?? '?'} octets, ${r.checksum ? `${r.checksum.type} ${r.checksum.value}` : 'sans empreinte'}</li>`);
      const html = `<!doctype html><meta charset="utf-8"><title>${esc(d.title)}</title><h1>${esc(d.title)}</h1><pre>${esc(d.description)}</pre><ul>${items.join('')}</ul>`;
      return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html };
    }
    if (!p.startsWith('/api/1/')) return err(404, 'Not Found');
    const route = p.slice('/api/1'.length);
    if (!route.endsWith('/')) {
      // Werkzeug: a slash-less URL redirects to the slashed one (308 keeps the method, not every client follows).
      return { status: 308, headers: { location: `${root}${p}/${req.url.search}` }, body: `<!doctype html><title>Redirecting...</title><a href="${root}${p}/">${root}${p}/</a>` };
    }
    const who = caller(req);
    if (who === null) return { status: 401, headers: { 'www-authenticate': 'Bearer realm="uData"' }, body: { message: 'Invalid API token' } };
    const write = req.method !== 'GET' && req.method !== 'HEAD';
    if (write && who === undefined) {
      return { status: 401, headers: { 'www-authenticate': 'Bearer realm="uData"' }, body: { message: 'The server could not verify that you are authorized to access the URL requested.' } };
    }
    const member = who?.member === true;
    const canSee = (d: EmuDataset) => !d.private || member;

    // Vocabularies: plain arrays.
    if (req.method === 'GET') {
      if (route === '/datasets/licenses/') return { status: 200, body: LICENSES.map((id) => ({ id, title: id, url: null, maintainer: null, flags: {}, alternate_urls: [], alternate_titles: [] })) };
      if (route === '/datasets/frequencies/') return { status: 200, body: FREQUENCIES.map((id) => ({ id, label: id })) };
      if (route === '/datasets/extensions/') return { status: 200, body: [...allowed] };
      if (route === '/datasets/resource_types/') return { status: 200, body: RESOURCE_TYPES.map((id) => ({ id, label: id })) };
    }
    if ((m = /^\/organizations\/([^/]+)\/$/.exec(route)) && req.method === 'GET') {
      const key = decodeURIComponent(m[1] as string);
      if (key !== organization.id && key !== organization.slug) return err(404, 'Organization not found');
      return { status: 200, body: { ...orgRef(), description: '', created_at: iso(new Date(0)), deleted: null, extras: {}, members: [], metrics: { datasets: datasets.length } } };
    }
    if ((m = /^\/organizations\/([^/]+)\/datasets\/$/.exec(route)) && req.method === 'GET') {
      const key = decodeURIComponent(m[1] as string);
      if (key !== organization.id && key !== organization.slug) return err(404, 'Organization not found');
      const list = datasets.filter((d) => d.organization === organization.id && !d.deleted && canSee(d)).reverse();
      return paginate(req, list.map(datasetJson), 20);
    }
    if (route === '/datasets/' && req.method === 'GET') {
      const list = datasets.filter((d) => !d.deleted && !d.private && !d.archived).reverse();
      return paginate(req, list.map(datasetJson), 20);
    }
    if (route === '/datasets/' && req.method === 'POST') {
      const b = jsonBody(req);
      if (isResponse(b)) return b;
      if ('organization' in b && b.organization != null && !member) return formErrors({ organization: ['Permission denied for this organization'] });
      const t = iso(now());
      const d: EmuDataset = {
        id: objectId(nextOid++),
        slug: '',
        oldSlugs: [],
        title: '',
        description: '',
        acronym: null,
        license: 'notspecified',
        frequency: 'unknown',
        temporal_coverage: null,
        tags: [],
        extras: {},
        private: false,
        archived: null,
        deleted: null,
        organization: null,
        owner: null,
        resources: [],
        created_at: t,
        last_modified: t,
        last_update: t,
      };
      const invalid = applyDataset(d, b, true);
      if (invalid) return invalid;
      if ('organization' in b && b.organization != null) d.organization = organization.id;
      else d.owner = who?.user ?? null;
      datasets.push(d);
      return { status: 201, body: datasetJson(d) };
    }
    const ds = /^\/datasets\/([^/]+)\/(.*)$/.exec(route);
    if (!ds) return err(404, 'Not Found');
    const key = decodeURIComponent(ds[1] as string);
    const sub = `/${ds[2] as string}`;
    const d = findDataset(key);
    if (!d) {
      const moved = datasets.find((x) => x.oldSlugs.includes(key));
      if (moved) return { status: 308, headers: { location: `${root}/api/1/datasets/${moved.slug}${sub}` }, body: '' };
      return err(404, 'Dataset not found');
    }
    if (!canSee(d)) return err(404, 'Dataset not found');
    if (d.deleted) return err(410, 'Dataset has been deleted');
    const mayEdit = () => (d.organization ? member : d.owner === who?.user);
    if (write && !mayEdit()) return err(403, 'You do not have the permission to modify that object.');
    const touch = () => {
      d.last_modified = iso(now());
      d.last_update = d.last_modified;
    };

    if (sub === '/') {
      if (req.method === 'GET') return { status: 200, body: datasetJson(d) };
      if (req.method === 'PUT') {
        const b = jsonBody(req);
        if (isResponse(b)) return b;
        const invalid = applyDataset(d, b, false);
        return invalid ?? { status: 200, body: datasetJson(d) };
      }
      if (req.method === 'DELETE') {
        d.deleted = iso(now());
        return { status: 204 };
      }
    }
    if (sub === '/upload/' && req.method === 'POST') {
      const up = readUpload(req);
      if (isResponse(up)) return up;
      const t = iso(now());
      const r: EmuResource = {
        id: randomUUID(),
        description: null,
        filetype: 'file',
        type: 'main',
        schema: null,
        extras: {},
        created_at: t,
        last_modified: t,
        ...storeFile(d, up.filename, up.data),
      };
      d.resources.unshift(r); // new uploads are inserted first
      touch();
      return { status: 201, body: { ...resourceJson(r), success: true } };
    }
    if (sub === '/resources/' && req.method === 'POST') {
      const b = jsonBody(req);
      if (isResponse(b)) return b;
      if ((b.filetype ?? 'remote') !== 'remote') return err(400, 'This endpoint only supports remote resources');
      if (typeof b.title !== 'string' || typeof b.url !== 'string') return formErrors({ ...(typeof b.title !== 'string' ? { title: ['This field is required.'] } : {}), ...(typeof b.url !== 'string' ? { url: ['This field is required.'] } : {}) });
      const t = iso(now());
      const r: EmuResource = {
        id: randomUUID(),
        title: b.title,
        description: typeof b.description === 'string' ? b.description : null,
        filetype: 'remote',
        type: typeof b.type === 'string' && RESOURCE_TYPES.includes(b.type) ? b.type : 'other',
        url: b.url,
        format: typeof b.format === 'string' ? b.format.trim().toLowerCase() : null,
        mime: typeof b.mime === 'string' ? b.mime : null,
        filesize: typeof b.filesize === 'number' ? b.filesize : null,
        checksum: (b.checksum as EmuResource['checksum']) ?? null,
        schema: (b.schema as EmuResource['schema']) ?? null,
        extras: (b.extras as Record<string, unknown>) ?? {},
        created_at: t,
        last_modified: t,
        data: undefined,
      };
      d.resources.push(r);
      touch();
      return { status: 201, body: resourceJson(r) };
    }
    if ((m = /^\/resources\/([^/]+)\/(upload\/)?$/.exec(sub))) {
      const r = d.resources.find((x) => x.id === m![1]);
      if (!r) return err(404, 'Resource does not exist');
      if (m[2] && req.method === 'POST') {
        if (r.filetype !== 'file') return err(400, 'Cannot upload a file to a remote resource');
        const up = readUpload(req);
        if (isResponse(up)) return up;
        Object.assign(r, storeFile(d, up.filename, up.data), { last_modified: iso(now()) });
        touch();
        return { status: 200, body: { ...resourceJson(r), success: true } };
      }
      if (m[2]) return err(405, 'The method is not allowed for the requested URL.');
      if (req.method === 'GET') return { status: 200, body: resourceJson(r) };
      if (req.method === 'DELETE') {
        d.resources.splice(d.resources.indexOf(r), 1);
        touch();
        return { status: 204 };
      }
      if (req.method === 'PUT') {
        const b = jsonBody(req);
        if (isResponse(b)) return b;
        if ('filetype' in b && b.filetype !== r.filetype) return err(400, 'Cannot modify filetype after creation');
        const errors: Record<string, unknown> = {};
        if ('title' in b && (typeof b.title !== 'string' || b.title.trim() === '')) errors.title = ['This field is required.'];
        if ('type' in b && !RESOURCE_TYPES.includes(String(b.type))) errors.type = ['Not a valid choice'];
        if ('checksum' in b && b.checksum !== null && !CHECKSUM_TYPES.includes(String((b.checksum as { type?: unknown }).type))) errors.checksum = { type: ['Not a valid choice'] };
        if ('schema' in b && b.schema !== null) {
          const s = b.schema as { name?: unknown; url?: unknown };
          if (typeof s !== 'object') errors.schema = ['Not a valid schema'];
          else if (s.name != null) errors.schema = { name: [`Schema name "${String(s.name)}" is not an allowed value.`] };
          else if (typeof s.url !== 'string' || !/^https?:\/\//.test(s.url)) errors.schema = { url: ['Invalid URL'] };
        }
        if (Object.keys(errors).length > 0) return formErrors(errors);
        for (const [k, v] of Object.entries(b)) {
          if (k === 'id') continue;
          if (r.filetype === 'file' && PROTECTED.includes(k)) continue; // silently ignored for hosted files
          if (k === 'title' || k === 'description' || k === 'type' || k === 'url' || k === 'format' || k === 'mime' || k === 'filesize' || k === 'checksum' || k === 'schema' || k === 'extras') {
            (r as unknown as Record<string, unknown>)[k] = k === 'format' && typeof v === 'string' ? v.trim().toLowerCase() : k === 'extras' ? (v ?? {}) : v;
          }
        }
        r.last_modified = iso(now());
        touch();
        return { status: 200, body: resourceJson(r) };
      }
    }
    return err(404, 'Not Found');
  };

  const server = await startServer('udata', core, handler);
  root = server.origin;
  return {
    url: root,
    apiUrl: `${root}/api/1`,
    organization,
    requests: core.requests,
    writes: () => core.writes(),
    inject: (rule) => core.inject(rule),
    clearFaults: () => core.clearFaults(),
    resetLog: () => core.resetLog(),
    datasets,
    close: () => stopServers(core, [server.server]),
  };
}
