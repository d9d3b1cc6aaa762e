/**
 * `npm run demo`: a helpdesk-like ticket page on http://127.0.0.1:8321/ (Tact's content script
 * runs on 127.0.0.1 and localhost), so a newcomer can see Tact work without a helpdesk account.
 * Load dist/chrome (or dist/firefox) first; see README "The two commands".
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../demo/ticket.html');
const port = Number(process.env.PORT ?? 8321);

createServer((req, res) => {
  if (req.url !== '/' && req.url !== '/ticket') {
    res.writeHead(302, { location: '/' });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(readFileSync(PAGE));
}).listen(port, '127.0.0.1', () => {
  console.log(`Demo ticket: http://127.0.0.1:${port}/  (with Tact loaded from dist/chrome or dist/firefox; Ctrl+C stops)`);
});
