/**
 * Fetching the team config from its URL, with no browser API but `fetch` (injected), so the
 * background can schedule it and tests can run it against a loopback server.
 *
 * Whatever goes wrong, the answer carries the last good config: a team that publishes a broken
 * file, a laptop on a train or a captive portal must never leave an agent without coaching.
 * Never throws.
 */
import { LIMITS, type TeamConfig } from './schema.ts';
import { decodeConfigBytes } from './encoding.ts';
import { formatBytes, parseTeamConfig, type ConfigError, HTML_BODY_MESSAGE } from './validate.ts';

export type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

export interface PreviousTeamConfig {
  etag?: string;
  lastModified?: string;
  config?: TeamConfig;
}

export interface FetchTeamConfigOptions {
  fetch: FetchLike;
  previous?: PreviousTeamConfig;
  /** Covers connecting, redirects and reading the body. */
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  now?: () => number;
  /**
   * TESTS ONLY: also accept plain http to localhost / 127.0.0.1 / [::1], so unit tests can use a
   * loopback server without certificates. Never set this in the extension: the team config
   * decides what agents are coached on and must come over https.
   */
  allowInsecureLoopbackForTests?: boolean;
}

export type TeamConfigFetchErrorKind =
  | 'bad-url'
  | 'insecure-redirect'
  | 'hidden-redirect'
  | 'too-many-redirects'
  | 'timeout'
  | 'network'
  | 'http-status'
  | 'too-large'
  | 'not-json'
  | 'html'
  | 'invalid'
  | 'aborted';

export interface TeamConfigFetchError {
  kind: TeamConfigFetchErrorKind;
  /** One plain sentence for the options page. */
  message: string;
  /** Field-by-field problems when the body was JSON but not a valid config. */
  errors?: ConfigError[];
}

export interface TeamConfigFetchResult {
  status: 'updated' | 'unchanged' | 'error';
  /** The new config, or the last good one when unchanged or on error (absent if there never was one). */
  config?: TeamConfig;
  error?: TeamConfigFetchError;
  /** Validators to send next time; on error they stay those of the last good copy. */
  etag?: string;
  lastModified?: string;
  fetchedAt: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

class FetchProblem extends Error {
  constructor(
    readonly kind: TeamConfigFetchErrorKind,
    message: string,
    readonly errors?: ConfigError[],
  ) {
    super(message);
  }
}

export async function fetchTeamConfig(url: string, options: FetchTeamConfigOptions): Promise<TeamConfigFetchResult> {
  const { previous, now = Date.now } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const keep = (error: TeamConfigFetchError): TeamConfigFetchResult => ({
    status: 'error',
    ...(previous?.config ? { config: previous.config } : {}),
    error,
    ...validators(previous?.etag, previous?.lastModified),
    fetchedAt: now(),
  });

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });

  try {
    if (options.signal?.aborted) throw new FetchProblem('aborted', 'the check was cancelled');
    const start = checkUrl(url, options, 'bad-url');
    const response = await fetchFollowingSafeRedirects(start, options, controller.signal);

    if (response.status === 304) {
      if (!previous?.config) {
        throw new FetchProblem('http-status', 'the server said "not modified", but no earlier copy is kept; try again');
      }
      await response.body?.cancel().catch(() => undefined);
      return {
        status: 'unchanged',
        config: previous.config,
        ...validators(response.headers.get('etag') ?? previous.etag, response.headers.get('last-modified') ?? previous.lastModified),
        fetchedAt: now(),
      };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchProblem('http-status', `the server answered ${response.status} ${statusText(response)}`.trim());
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (/html/i.test(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchProblem('html', `${HTML_BODY_MESSAGE} (perhaps a sign-in page: the URL must be readable without signing in)`);
    }
    const body = await readBodyWithin(response, options.maxBytes ?? LIMITS.maxConfigBytes);
    const parsed = parseTeamConfig(body);
    if (!parsed.ok) {
      const whole = parsed.errors.length === 1 ? parsed.errors[0]!.kind : undefined;
      if (whole) throw new FetchProblem(whole, parsed.errors[0]!.message);
      const count = parsed.errors.length;
      const first = parsed.errors[0]!;
      throw new FetchProblem(
        'invalid',
        `the team config has ${count === 1 ? 'a problem' : `${count} problems`}: ${first.path ? `${first.path}: ` : ''}${first.message}`,
        parsed.errors,
      );
    }
    return {
      status: 'updated',
      config: parsed.config,
      ...validators(response.headers.get('etag') ?? undefined, response.headers.get('last-modified') ?? undefined),
      fetchedAt: now(),
    };
  } catch (error) {
    if (error instanceof FetchProblem) {
      return keep({ kind: error.kind, message: error.message, ...(error.errors ? { errors: error.errors } : {}) });
    }
    if (timedOut) return keep({ kind: 'timeout', message: `the server did not answer within ${formatDuration(timeoutMs)}` });
    if (options.signal?.aborted) return keep({ kind: 'aborted', message: 'the check was cancelled' });
    return keep({ kind: 'network', message: `could not reach ${hostOf(url)} (offline, or the address is wrong)${causeCode(error)}` });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function validators(etag: string | undefined, lastModified: string | undefined) {
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

function isLoopback(url: URL): boolean {
  return url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
}

function checkUrl(raw: string, options: FetchTeamConfigOptions, kind: 'bad-url' | 'insecure-redirect', base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchProblem('bad-url', 'the team config URL is not a valid address');
  }
  const loopbackForTests = options.allowInsecureLoopbackForTests === true && url.protocol === 'http:' && isLoopback(url);
  if (url.protocol !== 'https:' && !loopbackForTests) {
    throw new FetchProblem(
      kind,
      kind === 'bad-url'
        ? 'the team config URL must start with https://'
        : `the server redirected to ${url.protocol}//${url.host}, which is not https; the config was not loaded`,
    );
  }
  if (url.username || url.password) {
    throw new FetchProblem(kind === 'bad-url' ? 'bad-url' : kind, 'the team config URL must not contain a user name or password');
  }
  return url;
}

/**
 * Redirects are followed by hand so an http target is refused before anything is requested
 * from it. Browsers hide the target of a manual redirect from extensions (an "opaqueredirect"
 * response with no Location); following it blindly would send the next request wherever the
 * server says, plain http included, and only check afterwards. So in a browser a redirect is not
 * followed at all: the team lead is told to use the address it leads to. (Node, the CLI and the
 * tests see the Location and follow https hops one by one.)
 */
async function fetchFollowingSafeRedirects(start: URL, options: FetchTeamConfigOptions, signal: AbortSignal): Promise<Response> {
  const previous = options.previous;
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Conditional headers only make sense if there is a copy to fall back on when told "304".
  if (previous?.config && previous.etag) headers['If-None-Match'] = previous.etag;
  if (previous?.config && previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  const init = (redirect: RequestRedirect): RequestInit => ({
    headers,
    redirect,
    signal,
    // Our own validators decide freshness; no cookies, so no sign-in state leaks to the host.
    cache: 'no-store',
    credentials: 'omit',
  });

  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await options.fetch(url.href, init('manual'));
    if (response.type === 'opaqueredirect') {
      throw new FetchProblem(
        'hidden-redirect',
        'the server answered with a redirect, and the browser does not tell extensions where to; Tact does not follow it (it could lead to plain http). Use the address it leads to: open the URL in a tab and copy the final https address',
      );
    }
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    await response.body?.cancel().catch(() => undefined);
    url = checkUrl(location, options, 'insecure-redirect', url);
  }
  throw new FetchProblem('too-many-redirects', `the server redirected more than ${MAX_REDIRECTS} times`);
}

/** Stops reading as soon as the body passes the limit, so a 10 MB answer never sits in memory. */
async function readBodyWithin(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = (size: string) =>
    new FetchProblem('too-large', `the team config is ${size}; the limit is ${formatBytes(maxBytes)}`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(formatBytes(declared));
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(`larger than ${formatBytes(maxBytes)}`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const decoded = decodeConfigBytes(bytes);
  if (!decoded.ok) throw new FetchProblem('not-json', decoded.message);
  return decoded.text;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized (the URL needs a sign-in; it must be readable without one)',
  403: 'Forbidden (the URL needs a sign-in or is not shared; it must be readable without one)',
  404: 'Not Found (check the address)',
  410: 'Gone',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function statusText(response: Response): string {
  return STATUS_TEXT[response.status] ?? response.statusText ?? '';
}

function hostOf(raw: string): string {
  try {
    return new URL(raw).host;
  } catch {
    return 'the server';
  }
}

/** Node puts the socket error code on `cause`; browsers give none. Useful in support logs. */
function causeCode(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof code === 'string' ? ` [${code}]` : '';
}
