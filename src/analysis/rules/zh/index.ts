import type { Rule } from '../types.ts';
import { apologyRules } from './apology.ts';
import { policyRules } from './policy.ts';
import { hypeRules } from './hype.ts';
import { blameRules } from './blame.ts';
import { jargonRules } from './jargon.ts';

export const chineseRules: Rule[] = [...apologyRules, ...policyRules, ...hypeRules, ...blameRules, ...jargonRules];
