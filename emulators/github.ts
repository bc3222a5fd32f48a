/**
 * GitHub REST emulator: the releases part of the API (releases, assets, pagination with Link headers, error
 * bodies, rate-limit headers) on one server, and the separate upload host given by `upload_url` on another.
 * Reproduces the traps listed in shared/reference/github-releases-api.md: drafts are 404 by tag, uploads go to
 * `upload_url` only, the Content-Type sent is what is stored, `make_latest` must be a string, immutable releases
 * refuse asset changes once published, a duplicate asset name is a 422, a cut upload leaves a broken asset.
 */
import { createHash } from 'node:crypto';
import { EmulatorCore, startServer, stopServers, type EmuRequest, type EmuResponse, type FaultRule, type RecordedRequest } from './common.ts';

export interface GithubEmulatorOptions {
  owner?: string;
  repo?: string;
  /** The token that authenticates (as `token X` or `Bearer X`). */
  token?: string;
  /** Repository setting: published releases freeze their assets. Default true (the safe flow must work). */
  immutableReleases?: boolean;
  /** Lower than GitHub's 100 to exercise pagination in tests. */
  maxPerPage?: number;
  /** Path prefix of the API (GitHub Enterprise Server: "/api/v3"). */
  apiPrefix?: string;
  /** Path prefix of the upload host (GitHub Enterprise Server: "/api/uploads"). */
  uploadPrefix?: string;
}

export interface EmuAsset {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  state: string;
  content_type: string;
  size: number;
  digest: string | null;
  data: Buffer;
  created_at: string;
  updated_at: string;
  download_count: number;
}

export interface EmuRelease {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  created_at: string;
  published_at: string | null;
  updated_at: string;
}

export interface GithubEmulator {
  /** API root to use as GITHUB_API_URL (origin + apiPrefix). */
  url: string;
  /** Origin of the upload host. */
  uploadOrigin: string;
  requests: RecordedRequest[];
  writes(): RecordedRequest[];
  inject(rule: FaultRule): void;
  clearFaults(): void;
  resetLog(): void;
  releases: EmuRelease[];
  assets: EmuAsset[];
  /** Tags created by publishing releases: tag → release id. */
  tags: Map<string, number>;
  close(): Promise<void>;
}

const DOCS = 'https://docs.github.com/rest/releases';

function error(status: number, message: string, errors?: unknown[]): EmuResponse {
  return { status, body: { message, documentation_url: DOCS, status: String(status), ...(errors ? { errors } : {}) } };
}

function validation(errors: unknown[], message = 'Validation Failed'): EmuResponse {
  return error(422, message, errors);
}

/** Starts the GitHub emulator (API server + upload server) on free ports of 127.0.0.1. */
export async function startGithubEmulator(options: GithubEmulatorOptions = {}): Promise<GithubEmulator> {
  const owner = options.owner ?? 'etalab';
  const repo = options.repo ?? 'etat-numerique';
  const token = options.token ?? 'emulator-github-token';
  const immutableReleases = options.immutableReleases ?? true;
  const maxPerPage = Math.min(100, options.maxPerPage ?? 100);
  const apiPrefix = options.apiPrefix ?? '';
  const uploadPrefix = options.uploadPrefix ?? '';
  const core = new EmulatorCore();
  const releases: EmuRelease[] = [];
  const assets: EmuAsset[] = [];
  const tags = new Map<string, number>();
  let nextId = 1000;
  let latestId: number | undefined;
  let clock = Date.now();
  const stamp = () => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  let used = 0;
  const resetAt = Math.ceil(Date.now() / 1000) + 3600;
  let apiOrigin = '';
  let uploadOrigin = '';

  core.decorate = (req): Record<string, string> => {
    if (req.server !== 'api' && req.server !== 'uploads') return {};
    used++;
    return {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-resource': 'core',
      'x-github-api-version-selected': '2022-11-28',
    };
  };

  /** undefined = anonymous; false = bad credentials; true = authenticated. */
  const auth = (req: EmuRequest): boolean | undefined => {
    const h = req.headers.authorization;
    if (h === undefined) return undefined;
    const m = /^(token|bearer)\s+(.+)$/i.exec(h);
    return m?.[2] === token;
  };

  const assetJson = (a: EmuAsset) => {
    const release = releases.find((r) => r.id === a.releaseId);
    const tag = release && !release.draft ? release.tag_name : `untagged-${a.releaseId}`;
    return {
      url: `${apiOrigin}${apiPrefix}/repos/${owner}/${repo}/releases/assets/${a.id}`,
      browser_download_url: `${apiOrigin}/${owner}/${repo}/releases/download/${tag}/${a.name}`,
      id: a.id,
      node_id: `RA_${a.id}`,
      name: a.name,
      label: a.label,
      state: a.state,
      content_type: a.content_type,
      size: a.size,
      digest: a.digest,
      download_count: a.download_count,
      created_at: a.created_at,
      updated_at: a.updated_at,
      uploader: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    };
  };

  const releaseJson = (r: EmuRelease) => ({
    url: `${apiOrigin}${apiPrefix}/repos/${owner}/${repo}/releases/${r.id}`,
    html_url: `${apiOrigin}/${owner}/${repo}/releases/${r.draft ? `tag/untagged-${r.id}` : `tag/${r.tag_name}`}`,
    assets_url: `${apiOrigin}${apiPrefix}/repos/${owner}/${repo}/releases/${r.id}/assets`,
    upload_url: `${uploadOrigin}${uploadPrefix}/repos/${owner}/${repo}/releases/${r.id}/assets{?name,label}`,
    tarball_url: r.draft ? null : `${apiOrigin}${apiPrefix}/repos/${owner}/${repo}/tarball/${r.tag_name}`,
    zipball_url: r.draft ? null : `${apiOrigin}${apiPrefix}/repos/${owner}/${repo}/zipball/${r.tag_name}`,
    id: r.id,
    node_id: `RE_${r.id}`,
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    immutable: r.immutable,
    created_at: r.created_at,
    published_at: r.published_at,
    updated_at: r.updated_at,
    author: { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
    assets: assets.filter((a) => a.releaseId === r.id).map(assetJson),
  });

  /** Pagination like GitHub: per_page (default 30, max 100), page; Link with absolute URLs; past the end: []. */
  const paginate = (req: EmuRequest, items: unknown[]): EmuResponse => {
    const perPage = Math.max(1, Math.min(maxPerPage, Number(req.url.searchParams.get('per_page') ?? '30') || 30));
    const page = Math.max(1, Number(req.url.searchParams.get('page') ?? '1') || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number) => {
      const u = new URL(req.url.pathname, apiOrigin);
      req.url.searchParams.forEach((v, k) => u.searchParams.set(k, v));
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return u.toString();
    };
    const rels: string[] = [];
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    return { status: 200, headers: rels.length > 0 ? { link: rels.join(', ') } : {}, body: items.slice((page - 1) * perPage, page * perPage) };
  };

  const publish = (r: EmuRelease, makeLatest: string | undefined): EmuResponse | undefined => {
    const holder = tags.get(r.tag_name);
    const holderRelease = releases.find((x) => x.id === holder);
    if (holder !== undefined && holder !== r.id && holderRelease?.immutable) {
      return validation([{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' }]);
    }
    r.draft = false;
    r.published_at = stamp();
    r.immutable = immutableReleases;
    tags.set(r.tag_name, r.id);
    if (makeLatest !== 'false' && !r.prerelease) latestId = r.id;
    return undefined;
  };

  const checkMakeLatest = (v: unknown): EmuResponse | undefined => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !['true', 'false', 'legacy'].includes(v)) {
      return validation([{ resource: 'Release', code: 'invalid', field: 'make_latest', message: 'make_latest must be one of "true", "false", "legacy" (a string)' }], `Invalid request.\n\nFor 'properties/make_latest', ${JSON.stringify(v)} is not a string.`);
    }
    return undefined;
  };

  const parseJson = (req: EmuRequest): Record<string, unknown> | EmuResponse => {
    if (req.body.length === 0) return {};
    try {
      const v = JSON.parse(req.body.toString('utf8')) as unknown;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return error(400, 'Problems parsing JSON');
      return v as Record<string, unknown>;
    } catch {
      return error(400, 'Problems parsing JSON');
    }
  };

  const apiHandler = (req: EmuRequest): EmuResponse => {
    let p = req.url.pathname;
    const blob = /^\/_blobs\/(\d+)$/.exec(p);
    if (blob && req.method === 'GET') {
      const a = assets.find((x) => x.id === Number(blob[1]));
      return a ? { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: a.data } : error(404, 'Not Found');
    }
    const download = new RegExp(`^/${owner}/${repo}/releases/download/([^/]+)/([^/]+)$`).exec(p);
    if (download && req.method === 'GET') {
      const r = releases.find((x) => !x.draft && x.tag_name === decodeURIComponent(download[1] as string));
      const a = r && assets.find((x) => x.releaseId === r.id && x.name === decodeURIComponent(download[2] as string) && x.state === 'uploaded');
      if (!a) return { status: 404, body: 'Not Found' };
      a.download_count++;
      return { status: 200, headers: { 'content-type': 'application/octet-stream' }, body: a.data };
    }
    if (!p.startsWith(`${apiPrefix}/`)) return error(404, 'Not Found');
    p = p.slice(apiPrefix.length);
    const who = auth(req);
    if (who === false) return error(401, 'Bad credentials');
    const base = `/repos/${owner}/${repo}`;
    if (!p.startsWith(`${base}/`) && p !== base) return error(404, 'Not Found');
    const rest = p.slice(base.length);
    const write = req.method !== 'GET' && req.method !== 'HEAD';
    if (write && who !== true) return error(401, 'Requires authentication');
    const visible = (r: EmuRelease) => !r.draft || who === true;
    let m: RegExpExecArray | null;

    if (rest === '/releases' && req.method === 'GET') {
      const list = releases.filter(visible).sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
      return paginate(req, list.map(releaseJson));
    }
    if (rest === '/releases' && req.method === 'POST') {
      const body = parseJson(req);
      if ('status' in body && typeof body.status === 'number') return body as EmuResponse;
      const b = body as Record<string, unknown>;
      if (typeof b.tag_name !== 'string' || b.tag_name === '') return validation([{ resource: 'Release', code: 'missing_field', field: 'tag_name' }]);
      const bad = checkMakeLatest(b.make_latest);
      if (bad) return bad;
      if (b.draft !== undefined && typeof b.draft !== 'boolean') return validation([{ resource: 'Release', code: 'invalid', field: 'draft' }]);
      if (releases.some((r) => r.tag_name === b.tag_name)) return validation([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
      const holder = releases.find((r) => r.id === tags.get(b.tag_name as string));
      if (holder?.immutable) return validation([{ resource: 'Release', code: 'custom', field: 'tag_name', message: 'tag_name was used by an immutable release' }]);
      const now = stamp();
      const r: EmuRelease = {
        id: nextId++,
        tag_name: b.tag_name,
        target_commitish: typeof b.target_commitish === 'string' ? b.target_commitish : 'main',
        name: typeof b.name === 'string' ? b.name : null,
        body: typeof b.body === 'string' ? b.body : null,
        draft: b.draft === true,
        prerelease: b.prerelease === true,
        immutable: false,
        created_at: now,
        published_at: null,
        updated_at: now,
      };
      releases.push(r);
      if (!r.draft) publish(r, b.make_latest as string | undefined);
      return { status: 201, headers: { location: `${apiOrigin}${apiPrefix}${base}/releases/${r.id}` }, body: releaseJson(r) };
    }
    if (rest === '/releases/latest' && req.method === 'GET') {
      const r = releases.find((x) => x.id === latestId && !x.draft);
      return r ? { status: 200, body: releaseJson(r) } : error(404, 'Not Found');
    }
    if ((m = /^\/releases\/tags\/(.+)$/.exec(rest)) && req.method === 'GET') {
      // "Get a *published* release with the specified tag": drafts are 404.
      const r = releases.find((x) => !x.draft && x.tag_name === decodeURIComponent(m![1] as string));
      return r ? { status: 200, body: releaseJson(r) } : error(404, 'Not Found');
    }
    if ((m = /^\/releases\/assets\/(\d+)$/.exec(rest))) {
      const a = assets.find((x) => x.id === Number(m![1]));
      const r = a && releases.find((x) => x.id === a.releaseId);
      if (!a || !r || !visible(r)) return error(404, 'Not Found');
      if (req.method === 'GET') {
        if ((req.headers.accept ?? '').includes('application/octet-stream')) {
          return { status: 302, headers: { location: `${apiOrigin}/_blobs/${a.id}` }, body: '' };
        }
        return { status: 200, body: assetJson(a) };
      }
      if (req.method === 'DELETE') {
        if (r.immutable && !r.draft) return validation([{ resource: 'ReleaseAsset', code: 'custom', message: 'Cannot delete assets of an immutable release' }]);
        assets.splice(assets.indexOf(a), 1);
        return { status: 204 };
      }
      if (req.method === 'PATCH') {
        if (r.immutable && !r.draft) return validation([{ resource: 'ReleaseAsset', code: 'custom', message: 'Cannot modify assets of an immutable release' }]);
        const body = parseJson(req);
        if ('status' in body && typeof body.status === 'number') return body as EmuResponse;
        const b = body as Record<string, unknown>;
        if (typeof b.name === 'string') a.name = b.name;
        if (typeof b.label === 'string') a.label = b.label;
        a.updated_at = stamp();
        return { status: 200, body: assetJson(a) };
      }
      return error(404, 'Not Found');
    }
    if ((m = /^\/releases\/(\d+)\/assets$/.exec(rest))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      if (!r || !visible(r)) return error(404, 'Not Found');
      if (req.method === 'GET') return paginate(req, assets.filter((a) => a.releaseId === r.id).map(assetJson));
      // Uploads are served by the upload host only (upload_url), not by the API host.
      return error(404, 'Not Found');
    }
    if ((m = /^\/releases\/(\d+)$/.exec(rest))) {
      const r = releases.find((x) => x.id === Number(m![1]));
      if (!r || !visible(r)) return error(404, 'Not Found');
      if (req.method === 'GET') return { status: 200, body: releaseJson(r) };
      if (req.method === 'DELETE') {
        releases.splice(releases.indexOf(r), 1);
        for (const a of assets.filter((x) => x.releaseId === r.id)) assets.splice(assets.indexOf(a), 1);
        if (latestId === r.id) latestId = undefined;
        return { status: 204 };
      }
      if (req.method === 'PATCH') {
        const body = parseJson(req);
        if ('status' in body && typeof body.status === 'number') return body as EmuResponse;
        const b = body as Record<string, unknown>;
        const bad = checkMakeLatest(b.make_latest);
        if (bad) return bad;
        if (r.immutable && !r.draft) {
          const frozen = ['tag_name', 'target_commitish', 'draft', 'prerelease'].filter((k) => b[k] !== undefined && b[k] !== (r as unknown as Record<string, unknown>)[k]);
          if (frozen.length > 0) return validation([{ resource: 'Release', code: 'custom', message: `Cannot change ${frozen.join(', ')} of an immutable release` }]);
        }
        if (typeof b.tag_name === 'string' && b.tag_name !== r.tag_name) {
          if (releases.some((x) => x.id !== r.id && x.tag_name === b.tag_name)) return validation([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
          r.tag_name = b.tag_name;
        }
        if (typeof b.name === 'string') r.name = b.name;
        if (typeof b.body === 'string') r.body = b.body;
        if (typeof b.target_commitish === 'string') r.target_commitish = b.target_commitish;
        if (typeof b.prerelease === 'boolean') r.prerelease = b.prerelease;
        r.updated_at = stamp();
        if (b.draft === false && r.draft) {
          const refused = publish(r, b.make_latest as string | undefined);
          if (refused) return refused;
        } else if (b.draft === true && !r.draft) {
          r.draft = true;
          r.published_at = null;
        } else if (b.make_latest === 'true' && !r.draft) latestId = r.id;
        return { status: 200, body: releaseJson(r) };
      }
    }
    return error(404, 'Not Found');
  };

  const uploadTarget = (req: EmuRequest): { release: EmuRelease } | EmuResponse => {
    const p = req.url.pathname;
    const m = new RegExp(`^${uploadPrefix}/repos/${owner}/${repo}/releases/(\\d+)/assets$`).exec(p);
    if (!m || req.method !== 'POST') return error(404, 'Not Found');
    const who = auth(req);
    if (who === false) return error(401, 'Bad credentials');
    if (who !== true) return error(401, 'Requires authentication');
    const release = releases.find((x) => x.id === Number(m[1]));
    if (!release) return error(404, 'Not Found');
    return { release };
  };

  const uploadHandler = (req: EmuRequest): EmuResponse => {
    const target = uploadTarget(req);
    if ('status' in target) return target;
    const { release } = target;
    const name = req.url.searchParams.get('name');
    if (!name) return validation([{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }]);
    const contentType = req.headers['content-type'];
    if (!contentType) return error(400, 'Content-Type header is required');
    if (req.headers['content-length'] === undefined) return error(411, 'Length Required');
    if (release.immutable && !release.draft) return validation([{ resource: 'ReleaseAsset', code: 'custom', message: 'Cannot upload assets to an immutable release.' }]);
    if (assets.some((a) => a.releaseId === release.id && a.name === name)) {
      return validation([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
    }
    const now = stamp();
    const asset: EmuAsset = {
      id: nextId++,
      releaseId: release.id,
      name,
      label: req.url.searchParams.get('label'),
      state: 'uploaded',
      content_type: contentType,
      size: req.body.length,
      digest: `sha256:${createHash('sha256').update(req.body).digest('hex')}`,
      data: req.body,
      created_at: now,
      updated_at: now,
      download_count: 0,
    };
    assets.push(asset);
    return { status: 201, body: assetJson(asset) };
  };

  /** A cut upload leaves an asset in state "starter" holding the name (like GitHub after a failed upload). */
  const onPartialUpload = (req: EmuRequest) => {
    const target = uploadTarget(req);
    const name = req.url.searchParams.get('name');
    if ('status' in target || !name || target.release.immutable && !target.release.draft) return;
    if (assets.some((a) => a.releaseId === target.release.id && a.name === name)) return;
    const now = stamp();
    assets.push({
      id: nextId++,
      releaseId: target.release.id,
      name,
      label: null,
      state: 'starter',
      content_type: req.headers['content-type'] ?? 'application/octet-stream',
      size: 0,
      digest: null,
      data: Buffer.alloc(0),
      created_at: now,
      updated_at: now,
      download_count: 0,
    });
  };

  const api = await startServer('api', core, apiHandler);
  const uploads = await startServer('uploads', core, uploadHandler, onPartialUpload);
  apiOrigin = api.origin;
  uploadOrigin = uploads.origin;
  return {
    url: `${apiOrigin}${apiPrefix}`,
    uploadOrigin,
    requests: core.requests,
    writes: () => core.writes(),
    inject: (rule) => core.inject(rule),
    clearFaults: () => core.clearFaults(),
    resetLog: () => core.resetLog(),
    releases,
    assets,
    tags,
    close: () => stopServers(core, [api.server, uploads.server]),
  };
}
