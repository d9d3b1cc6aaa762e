/**
 * Tact's extension id in Chromium browsers. It is fixed by the public `key` in manifest.json
 * (first 32 hex digits of sha256 of the DER public key, 0-f spelled a-p), so enterprise policy
 * (`3rdparty.extensions.<id>`) and tests can name it before the extension is installed.
 * A test checks this against the manifest's key.
 */
export const TACT_EXTENSION_ID = 'kfnjdnkkopgbadefphiijjhcnenlbmpj';

/** Firefox identifies extensions by `browser_specific_settings.gecko.id`. */
export const TACT_GECKO_ID = 'tact@tact.example';

/** The id Chromium derives from a manifest `key` (base64 DER SubjectPublicKeyInfo). */
export async function extensionIdFromKey(base64Key: string): Promise<string> {
  const der = Uint8Array.from(atob(base64Key), (c) => c.charCodeAt(0));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der));
  let id = '';
  for (const byte of digest.slice(0, 16)) {
    id += String.fromCharCode(97 + (byte >> 4)) + String.fromCharCode(97 + (byte & 15));
  }
  return id;
}
