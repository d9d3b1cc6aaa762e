/**
 * The only module that knows which browser we run in: everything else talks to these wrappers.
 */
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export type MessageSender = Runtime.MessageSender;

export const extensionId = (): string => browser.runtime.id;

export function sendToBackground(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(tabId: number, message: unknown): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** Returns a promise for an answer, or undefined to let another listener (another frame) answer. */
export type RawListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

export function onRawMessage(listener: RawListener, signal: AbortSignal): void {
  const wrapped = (message: unknown, sender: MessageSender) => listener(message, sender);
  browser.runtime.onMessage.addListener(wrapped);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(wrapped), { once: true });
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export function onActiveTabChanged(listener: () => void, signal: AbortSignal): void {
  const onActivated = () => listener();
  const onUpdated = (_id: number, change: { status?: string }) => {
    if (change.status === 'complete') listener();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  signal.addEventListener('abort', () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  }, { once: true });
}

export async function setBadge(tabId: number, text: string, color: string): Promise<void> {
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setBadgeBackgroundColor({ tabId, color });
}

export const localStore = {
  async get<T>(key: string, fallback: T): Promise<T> {
    const got = await browser.storage.local.get(key);
    return (key in got ? got[key] : fallback) as T;
  },
  async set(key: string, value: unknown): Promise<void> {
    await browser.storage.local.set({ [key]: value });
  },
  onChanged(key: string, listener: (value: unknown) => void, signal: AbortSignal): void {
    const wrapped = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && key in changes) listener(changes[key]!.newValue);
    };
    browser.storage.onChanged.addListener(wrapped);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(wrapped), { once: true });
  },
};

/** The browser's UI language first, then the user's preferred content languages. */
export function browserLanguages(): string[] {
  const nav = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return [browser.i18n.getUILanguage(), ...nav];
}

/** Settings that follow the agent to other computers (storage.sync). */
export const syncStore = {
  async get<T>(key: string, fallback: T): Promise<T> {
    const got = await browser.storage.sync.get(key);
    return (key in got ? got[key] : fallback) as T;
  },
  async set(key: string, value: unknown): Promise<void> {
    await browser.storage.sync.set({ [key]: value });
  },
  onChanged(key: string, listener: (value: unknown) => void, signal: AbortSignal): void {
    const wrapped = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && key in changes) listener(changes[key]!.newValue);
    };
    browser.storage.onChanged.addListener(wrapped);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(wrapped), { once: true });
  },
};

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
