/**
 * What both emulators share: an HTTP server on 127.0.0.1 (free port) that records every request and can inject
 * faults (an error status, a 429 with Retry-After, a connection dropped mid-upload, a slow answer), then hands
 * the request to a service-specific handler. Servers stop with close(), which also cancels pending delays.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  seq: number;
  /** Which server got it: 'api', 'uploads' (GitHub) or 'udata'. */
  server: string;
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Bytes of request body received (fewer than content-length when the connection was dropped). */
  bodySize: number;
  /** Status sent back; undefined when no answer was sent (dropped connection, client gone). */
  status: number | undefined;
  /** The injected fault, when one was applied. */
  fault: Fault['kind'] | undefined;
}

export type Fault =
  /** Answer with this status instead of handling the request (after = handle it, then answer this: "lost response"). */
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown; after?: boolean }
  /** Drop the connection: mid-body after `afterBytes` bytes (default: half of the body), or after handling (after = true). */
  | { kind: 'drop'; afterBytes?: number; after?: boolean }
  /** Wait `ms` before handling; the request is not handled if the client went away meanwhile. */
  | { kind: 'delay'; ms: number }
  /** GitHub rate limits: primary (x-ratelimit-remaining: 0 + reset) or secondary (message + Retry-After). */
  | { kind: 'rate-limit'; type: 'primary' | 'secondary'; status?: 403 | 429; retryAfterSeconds?: number };

export interface FaultRule {
  fault: Fault;
  method?: string;
  /** Substring of the path, or a RegExp tested against it. */
  path?: string | RegExp;
  server?: string;
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

export interface EmuRequest {
  server: string;
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface EmuResponse {
  status: number;
  headers?: Record<string, string>;
  /** Buffer/string sent as is; anything else as JSON (application/json; charset=utf-8). */
  body?: unknown;
}

export type Handler = (req: EmuRequest) => EmuResponse | Promise<EmuResponse>;

/** Called when a request body is cut by a drop fault, with the bytes received (GitHub keeps a broken asset). */
export type PartialHandler = (req: EmuRequest) => void;

/** Shared by the servers of one emulator: the request log and the fault queue. */
export class EmulatorCore {
  readonly requests: RecordedRequest[] = [];
  private readonly rules: (FaultRule & { left: number })[] = [];
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private seq = 0;
  /** Extra headers added to every answer (rate-limit headers for GitHub). */
  decorate: (req: EmuRequest, res: EmuResponse) => Record<string, string> = () => ({});

  /** Queues a fault for the next matching request(s). */
  inject(rule: FaultRule): void {
    this.rules.push({ ...rule, left: rule.times ?? 1 });
  }

  clearFaults(): void {
    this.rules.length = 0;
  }

  /** Requests that change something (anything but GET/HEAD/OPTIONS). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
  }

  resetLog(): void {
    this.requests.length = 0;
  }

  takeFault(server: string, method: string, path: string): Fault | undefined {
    const rule = this.rules.find(
      (r) =>
        r.left > 0 &&
        (r.server === undefined || r.server === server) &&
        (r.method === undefined || r.method.toUpperCase() === method) &&
        (r.path === undefined || (typeof r.path === 'string' ? path.includes(r.path) : r.path.test(path))),
    );
    if (!rule) return undefined;
    rule.left--;
    return rule.fault;
  }

  nextSeq(): number {
    return ++this.seq;
  }

  /** A cancellable wait: close() resolves it early so that servers stop promptly. */
  wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const entry = { timer: setTimeout(() => done(), ms), resolve: () => done() };
      const done = () => {
        clearTimeout(entry.timer);
        this.timers.delete(entry);
        resolve();
      };
      this.timers.add(entry);
    });
  }

  cancelWaits(): void {
    for (const t of [...this.timers]) t.resolve();
  }
}

function send(res: ServerResponse, out: EmuResponse, extra: Record<string, string>): void {
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string> = { ...extra, ...out.headers };
  let payload: Buffer | undefined;
  if (out.body === undefined || out.status === 204) payload = undefined;
  else if (Buffer.isBuffer(out.body)) payload = out.body;
  else if (typeof out.body === 'string') {
    payload = Buffer.from(out.body);
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  } else {
    payload = Buffer.from(JSON.stringify(out.body));
    headers['content-type'] ??= 'application/json; charset=utf-8';
  }
  if (payload) headers['content-length'] = String(payload.length);
  res.writeHead(out.status, headers);
  res.end(payload);
}

/** Reads the body; with a drop fault, stops after `limit` bytes. Resolves with what arrived. */
function readBody(req: IncomingMessage, limit: number | undefined): Promise<{ body: Buffer; cut: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (cut: boolean) => {
      if (finished) return;
      finished = true;
      resolve({ body: Buffer.concat(chunks), cut });
    };
    req.on('data', (chunk: Buffer) => {
      if (finished) return;
      if (limit !== undefined && size + chunk.length >= limit) {
        chunks.push(chunk.subarray(0, Math.max(0, limit - size)));
        size = limit;
        finish(true);
        return;
      }
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on('end', () => finish(false));
    req.on('error', () => finish(true));
    req.on('close', () => finish(!req.complete));
  });
}

export interface StartedServer {
  server: Server;
  /** http://127.0.0.1:PORT */
  origin: string;
}

/** Starts one server of an emulator on 127.0.0.1, port 0 (the system picks a free one). */
export async function startServer(name: string, core: EmulatorCore, handler: Handler, onPartial?: PartialHandler): Promise<StartedServer> {
  const server = createServer((req, res) => {
    void (async () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const record: RecordedRequest = {
        seq: core.nextSeq(),
        server: name,
        method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        bodySize: 0,
        status: undefined,
        fault: undefined,
      };
      core.requests.push(record);
      const fault = core.takeFault(name, method, url.pathname);
      if (fault) record.fault = fault.kind;
      const declared = Number(req.headers['content-length'] ?? '0');
      const dropMidBody = fault?.kind === 'drop' && !fault.after;
      const limit = dropMidBody ? (fault.afterBytes ?? Math.floor(declared / 2)) : undefined;
      const { body, cut } = await readBody(req, limit);
      record.bodySize = body.length;
      const emuReq: EmuRequest = { server: name, method, url, headers: req.headers, body };
      if (dropMidBody) {
        if (cut || declared > 0) onPartial?.(emuReq);
        req.socket.destroy();
        return;
      }
      if (cut) return; // the client went away
      if (fault?.kind === 'delay') {
        await core.wait(fault.ms);
        if (res.destroyed || req.socket.destroyed) return;
      }
      let out: EmuResponse;
      try {
        if (fault?.kind === 'status' && !fault.after) {
          out = { status: fault.status, headers: fault.headers ?? {}, body: fault.body ?? { message: `Injected fault ${fault.status}` } };
        } else if (fault?.kind === 'rate-limit') {
          out = rateLimitAnswer(fault);
        } else {
          out = await handler(emuReq);
          if (fault?.kind === 'status' && fault.after) {
            out = { status: fault.status, headers: fault.headers ?? {}, body: fault.body ?? { message: `Injected fault ${fault.status}` } };
          }
          if (fault?.kind === 'drop' && fault.after) {
            req.socket.destroy();
            return;
          }
        }
      } catch (error) {
        out = { status: 500, body: { message: `Emulator error: ${error instanceof Error ? error.message : String(error)}` } };
      }
      record.status = out.status;
      send(res, out, core.decorate(emuReq, out));
    })();
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

function rateLimitAnswer(fault: Extract<Fault, { kind: 'rate-limit' }>): EmuResponse {
  const status = fault.status ?? 403;
  const wait = fault.retryAfterSeconds ?? 1;
  if (fault.type === 'primary') {
    return {
      status,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + wait) },
      body: { message: 'API rate limit exceeded for user ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: String(status) },
    };
  }
  return {
    status,
    headers: { 'retry-after': String(wait) },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: String(status),
    },
  };
}

/** Stops servers now: open connections are closed and pending delays cancelled. */
export async function stopServers(core: EmulatorCore, servers: Server[]): Promise<void> {
  core.cancelWaits();
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          s.close(() => resolve());
          s.closeAllConnections();
        }),
    ),
  );
}

/** Parses multipart/form-data (the emulator holds bodies in memory; fine for tests). */
export function parseMultipart(body: Buffer, contentType: string | undefined): { name: string; filename: string | undefined; contentType: string | undefined; data: Buffer }[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: { name: string; filename: string | undefined; contentType: string | undefined; data: Buffer }[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const afterDelim = start + delimiter.length;
    if (body.subarray(afterDelim, afterDelim + 2).toString() === '--') break;
    const headerStart = afterDelim + 2; // \r\n
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd === -1) break;
    const next = body.indexOf(delimiter, headerEnd + 4);
    if (next === -1) break;
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    const data = body.subarray(headerEnd + 4, next - 2); // strip the \r\n before the delimiter
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? '';
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    const ct = /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1];
    parts.push({ name, filename, contentType: ct, data });
    start = next;
  }
  return parts;
}
