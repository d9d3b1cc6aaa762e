/**
 * When this frame's content script started (performance.now()), imported by the light entry so it
 * is taken at page load, not when the coach is loaded on the first focus.
 */
export const contentScriptStarted = performance.now();
