// The one place that talks HTTP: JSON in and out, problem+json turned into ApiError.
import type { Problem } from './types';

/** Where the API lives: the origin root unless the page says otherwise (<meta name="ecospace-api">). */
export function apiBase(doc: Document | undefined = globalThis.document): string {
  const meta = doc?.querySelector?.('meta[name="ecospace-api"]')?.getAttribute('content');
  const href = globalThis.location?.href ?? 'http://localhost/';
  return new URL(meta || '/', href).href;
}

export function url(path: string, base = apiBase()): string {
  return new URL(path.replace(/^\//, ''), base).href;
}

/** Who edits, for the history: localStorage `ecospace.user` when set (else the server uses the OS user). */
export function editingUser(): string | null {
  try {
    return globalThis.localStorage?.getItem('ecospace.user') || null;
  } catch {
    return null;
  }
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    readonly method: string,
    readonly path: string,
  ) {
    super(problem.detail || problem.title || `${method} ${path}: HTTP ${status}`);
  }
}

export interface ApiResponse<T> {
  body: T;
  status: number;
  etag: string | null;
  location: string | null;
}

/** Requests in flight; the test hook waits for zero. */
let inFlight = 0;
const idleWaiters: Array<() => void> = [];
export function pendingRequests(): number {
  return inFlight;
}
export function whenIdle(): Promise<void> {
  return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
}

/** The headers of every request: JSON, GeoJSON, or a problem. */
export const ACCEPT = 'application/json, application/geo+json, application/problem+json';

declare global {
  interface Window {
    /** GET requests the page's start-up script (preload.ts, inline in index.html) began before app.js ran: absolute URL → response */
    ecospacePreload?: Record<string, Promise<Response>>;
    /** resolves once the start-up script has begun every request it will make (the item pages wait for two answers) */
    ecospacePreloadPlanned?: Promise<unknown>;
  }
}

/** A response the start-up script already asked for (each is used once: later reads go to the server). */
function takePreloaded(target: string): Promise<Response> | undefined {
  const table = globalThis.window?.ecospacePreload;
  const hit = table?.[target];
  if (hit) delete table[target];
  return hit;
}

/** As takePreloaded, but a request the start-up script has not planned yet is waited for (no request twice). */
async function preloaded(target: string): Promise<{ response: Promise<Response> } | undefined> {
  let hit = takePreloaded(target);
  const planned = globalThis.window?.ecospacePreloadPlanned;
  if (!hit && planned) {
    await planned;
    hit = takePreloaded(target);
  }
  return hit ? { response: hit } : undefined;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** raw body (e.g. a file's text), sent as is */
  rawBody?: BodyInit;
  contentType?: string;
  ifMatch?: string | null;
  signal?: AbortSignal;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: ACCEPT };
  let body: BodyInit | undefined;
  if (options.rawBody !== undefined) {
    body = options.rawBody;
    headers['Content-Type'] = options.contentType ?? 'application/json';
  } else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['Content-Type'] = options.contentType ?? 'application/json';
  }
  if (options.ifMatch) headers['If-Match'] = options.ifMatch;
  const user = editingUser();
  // header values must be printable ASCII
  if (user && method !== 'GET' && /^[\x20-\x7e]+$/.test(user)) headers['X-EcoSpace-User'] = user;
  const target = /^https?:/.test(path) ? path : url(path);
  inFlight++;
  try {
    const early = method === 'GET' && !options.signal ? await preloaded(target) : undefined;
    const ask = (): Promise<Response> => fetch(target, { method, headers, body, signal: options.signal });
    // a preload that failed (no worker, network hiccup) is asked again: GET is safe to repeat
    const response = await (early ? early.response.catch(ask) : ask());
    const text = await response.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = response.ok ? text : { title: text.slice(0, 300) };
      }
    }
    if (!response.ok) {
      throw new ApiError(response.status, (parsed as Problem) ?? { title: response.statusText }, method, path);
    }
    return {
      body: parsed as T,
      status: response.status,
      etag: response.headers.get('ETag'),
      location: response.headers.get('Location'),
    };
  } finally {
    inFlight--;
    if (inFlight === 0) idleWaiters.splice(0).forEach((resolve) => resolve());
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request<T>(path, { signal })).body;
}
