/** The rule registry: adding a rule touches its file, its test, its docs page and one line here. */
import type { Rule } from '../analysis/types.js';
import { contradiction } from './contradiction.js';
import { hedgedDuty } from './hedged-duty.js';
import { missingJudicialWarrant } from './missing-judicial-warrant.js';
import { weakModal } from './weak-modal.js';

/** Every rule, core pack first. */
export const rules: Rule[] = [
  weakModal,
  hedgedDuty,
  contradiction,
  missingJudicialWarrant,
];
