/** How the agent writes: formal replies get "I am sorry", casual ones "I'm so sorry". */
export interface Register {
  formal: boolean;
  /** Whether the agent speaks as "we" (the team) rather than "I". */
  we: boolean;
}

export function readRegister(reply: string): Register {
  const formal =
    /(?<![\p{L}])(?:dear|kind regards|best regards|sincerely|yours faithfully|we apologi[sz]e|please be advised|kindly)(?![\p{L}])/iu.test(reply) ||
    (!/(?<![\p{L}])(?:i'm|i've|i'll|we're|we've|we'll|don't|can't|it's|that's)(?![\p{L}])/iu.test(reply.replace(/’/g, "'")) && reply.length > 80);
  const we = (reply.match(/(?<![\p{L}])we(?![\p{L}])/giu)?.length ?? 0) > (reply.match(/(?<![\p{L}])I(?![\p{L}])/gu)?.length ?? 0);
  return { formal, we };
}

export function sorry(register: Register, subjectWe: boolean): string {
  if (subjectWe) return register.formal ? 'We are sorry' : "We're so sorry";
  return register.formal ? 'I am sorry' : "I'm so sorry";
}
