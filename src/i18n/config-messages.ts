/**
 * Team-config problems in the agent's language. The config code words its problems in English
 * (the command line, logs and stored status read them, and a status written by an older version
 * must still show), so the options page reads each message back against the English catalog's
 * `cfg_*` entries and says it again in the current language. The English catalog is the one list
 * of shapes: a message the code produces that has no entry there is shown as it is, and the
 * tests feed real bad configs through here to catch that.
 */
import type { ConfigError } from '../config/validate.ts';
import { CATALOGS, type MessageKey, t, uiLocale } from './index.ts';

interface Shape {
  key: MessageKey;
  pattern: RegExp;
  /** Characters of the message that are not `$n`: the more, the more specific the shape. */
  weight: number;
}

let shapes: Shape[] | undefined;

function shapesOf(): Shape[] {
  if (shapes) return shapes;
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  shapes = Object.entries(CATALOGS.en)
    .filter(([key]) => key.startsWith('cfg_'))
    .map(([key, { message }]) => {
      const parts = message.split(/\$\d/);
      return { key: key as MessageKey, pattern: new RegExp(`^${parts.map(literal).join('([\\s\\S]*?)')}$`), weight: parts.join('').length };
    })
    .sort((a, b) => b.weight - a.weight);
  return shapes;
}

/** `message` in the current UI language, or as it is when no shape fits (a name, a URL, a code). */
export function translateConfigMessage(message: string, depth = 0): string {
  if (uiLocale() === 'en' || depth > 4) return message;
  for (const { key, pattern } of shapesOf()) {
    const m = pattern.exec(message);
    if (m) return t(key, ...m.slice(1).map((part) => translateConfigMessage(part!, depth + 1)));
  }
  // "teamPhrases[3].avoid: must be text", as the fetch summary quotes its first problem.
  const field = /^([A-Za-z][\w.[\]]*): ([\s\S]+)$/.exec(message);
  if (field) return `${field[1]}: ${translateConfigMessage(field[2]!, depth + 1)}`;
  return message;
}

/** One line per problem, the field first, in the agent's language. */
export function describeConfigErrors(errors: readonly ConfigError[]): string[] {
  return errors.map((e) => (e.path ? `${e.path}: ${translateConfigMessage(e.message)}` : translateConfigMessage(e.message)));
}
