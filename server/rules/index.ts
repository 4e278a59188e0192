/** The rule registry: adding a rule touches its file, its test, its docs page and one line here. */
import type { Rule } from '../analysis/types.js';
import { administrativeWarrant } from './administrative-warrant.js';
import { contradiction } from './contradiction.js';
import { danglingReference } from './dangling-reference.js';
import { duplicateClause } from './duplicate-clause.js';
import { hedgedDuty } from './hedged-duty.js';
import { loopholeQualifier } from './loophole-qualifier.js';
import { missingActor } from './missing-actor.js';
import { missingJudicialWarrant } from './missing-judicial-warrant.js';
import { openEndedList } from './open-ended-list.js';
import { section287g } from './section-287g.js';
import { statusInquiry } from './status-inquiry.js';
import { subjectiveStandard } from './subjective-standard.js';
import { undefinedTerm } from './undefined-term.js';
import { unusedDefinition } from './unused-definition.js';
import { weakModal } from './weak-modal.js';

/** Every rule, core pack first. */
export const rules: Rule[] = [
  weakModal,
  hedgedDuty,
  loopholeQualifier,
  subjectiveStandard,
  openEndedList,
  undefinedTerm,
  unusedDefinition,
  danglingReference,
  duplicateClause,
  missingActor,
  contradiction,
  missingJudicialWarrant,
  administrativeWarrant,
  statusInquiry,
  section287g,
];
