/** Where each rule's documentation page lives; findings link to it. */
export const DOCS_BASE = 'https://github.com/redline-policy/redline/blob/main/docs/rules/';

/** The docs page of a rule (or of `syntax`). */
export const ruleDocsUrl = (rule: string): string => `${DOCS_BASE}${rule}.md`;
