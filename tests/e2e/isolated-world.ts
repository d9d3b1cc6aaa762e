/** Reads the content script's isolated world over CDP, to count what it still holds after teardown. */
import type { CDPSession, Page } from 'playwright-core';

export async function isolatedWorld(page: Page, extensionName = 'Tact'): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string; isDefault?: boolean; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === extensionName && c.auxData.frameId === frameId);
  if (!ctx) throw new Error(`no isolated world named ${extensionName}: ${JSON.stringify(contexts.map((c) => c.name))}`);
  return { cdp, contextId: ctx.id };
}

/** Live objects (after a full GC) whose prototype is `prototypeExpression`, seen from the given world. */
export async function countLiveObjects(cdp: CDPSession, contextId: number, prototypeExpression: string): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  // One object group per probe, released afterwards: a remote reference would itself keep objects alive.
  const objectGroup = 'tact-probe';
  const proto = await cdp.send('Runtime.evaluate', { expression: prototypeExpression, contextId, objectGroup });
  const objects = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId!, objectGroup });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objects.objectId!,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  return length.result.value as number;
}
