// Reads tests/fixtures/probes/en-<category>.txt and prints recall on "+" lines and pass rate on "-" lines.
// Usage: npx tsx scripts/probe.ts <category> [--show]
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/index.ts';

const category = process.argv[2] ?? 'policy-deflection';
const show = process.argv.includes('--show');
const lines = readFileSync(new URL(`../tests/fixtures/probes/en-${category}.txt`, import.meta.url), 'utf8').split('\n');
let flagN = 0, flagHit = 0, passN = 0, passOk = 0;
for (const line of lines) {
  const m = /^([+-]) (.+)$/.exec(line);
  if (!m) continue;
  const report = analyze(m[2]!, { lang: 'en' });
  const hits = report.findings.filter((f) => f.category === category);
  if (m[1] === '+') {
    flagN++;
    if (hits.length) flagHit++;
    else if (show) console.log(`MISS  ${m[2]}`);
  } else {
    passN++;
    if (!hits.length) passOk++;
    else if (show) console.log(`FALSE ${m[2]}  <= ${hits.map((h) => `${h.rule}: ${h.text}`).join(' | ')}`);
  }
}
console.log(`${category}: flagged ${flagHit}/${flagN} (${((100 * flagHit) / flagN).toFixed(1)}%), look-alikes passed ${passOk}/${passN} (${((100 * passOk) / passN).toFixed(1)}%)`);
