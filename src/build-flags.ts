/**
 * Build-time switches. `__TACT_E2E__` is defined (as true) only by the end-to-end test build in
 * `tests/e2e/team-build.ts`; `npm run build` / `vite.config.ts` never define it, so in a
 * production build the `typeof` check is false and nothing here can be switched on at run time
 * (no policy, setting or page can create a global in the extension's own worker or pages).
 */
declare const __TACT_E2E__: boolean | undefined;

export const E2E_BUILD: boolean = typeof __TACT_E2E__ !== 'undefined' && __TACT_E2E__ === true;

/**
 * TESTS ONLY: a plain-http team config URL on this machine (`http://127.0.0.1:<port>/…` or
 * `http://localhost:<port>/…`), which the e2e tests serve without certificates. Only ever true in
 * the e2e build; everywhere else the team config must come over https.
 */
export function isTestLoopbackUrl(value: unknown): value is string {
  if (!E2E_BUILD || typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  } catch {
    return false;
  }
}
