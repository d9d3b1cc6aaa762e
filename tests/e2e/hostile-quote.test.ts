/**
 * A customer's quoted mail with hundreds of em spaces (a signature block, or on purpose) used to
 * freeze the helpdesk tab: each analysis backtracked for seconds in the "On … wrote:" reader, and
 * 29 typed keys took 12 s to land (issue #11). In the real extension: the agent types above such
 * a quote, every key lands in order, and the underline comes within the usual wait.
 */
import { describe, expect, it } from 'vitest';
import { norm, openFixture, withBrowserAndFixtures } from './harness.ts';
import { underline } from './scenario.ts';

const TYPED = 'Sorry for any inconvenience.';

describe('a quote full of spaces does not freeze typing', () => {
  const env = withBrowserAndFixtures();

  it.each([
    ['400 em spaces after "On x,"', `On x,${'\u2003'.repeat(400)}\n> My parcel never came.`],
    ['1,000 spaces after "On x,"', `On x,${' '.repeat(1000)}\n> My parcel never came.`],
    ['a signature block of em spaces', `On Tue, 3 Mar 2026, Maria <maria@example.com> wrote:\n> Where is my parcel?\n> ${'\u2003'.repeat(600)}Maria${'\u2003'.repeat(300)}`],
  ])('%s', async (_name, quote) => {
    const f = await openFixture(env.browser.context, env.server.origin, 'textarea');
    // The helpdesk put the quoted mail in the box before the agent started.
    await f.page.evaluate((q) => { (document.getElementById('editor') as HTMLTextAreaElement).value = `\n\n${q}`; }, quote);
    await f.editor.click();
    await f.page.keyboard.press('Control+Home');
    await f.page.keyboard.type(TYPED);
    // Every key landed, in order, above the untouched quote.
    expect(norm(await f.text())).toBe(norm(`${TYPED}\n\n${quote}`));
    // And the analysis ran to the end: the apology is underlined within the usual wait.
    await underline(f.frame, 'generic-apology').waitFor({ state: 'visible', timeout: 10_000 });
    // The typing goes on: more keys still land while coaching is on.
    await f.page.keyboard.type(' We will check.');
    expect(norm(await f.text()).startsWith(`${TYPED} We will check.`)).toBe(true);
    await f.page.close();
  });
});
