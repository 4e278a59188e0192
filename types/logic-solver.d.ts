// logic-solver ships no types; this covers the part of its API Redline uses.
declare module 'logic-solver' {
  export type Formula = string | FormulaObject;
  export interface FormulaObject {
    readonly __formula: true;
  }
  export class Solution {
    getTrueVars(): string[];
    evaluate(formula: Formula): boolean;
    getMap(): Record<string, boolean>;
  }
  export class Solver {
    require(...formulas: (Formula | Formula[])[]): void;
    forbid(...formulas: (Formula | Formula[])[]): void;
    solve(): Solution | null;
    solveAssuming(formula: Formula): Solution | null;
  }
  export function not(operand: Formula): Formula;
  export function or(...operands: (Formula | Formula[])[]): Formula;
  export function and(...operands: (Formula | Formula[])[]): Formula;
  export function implies(a: Formula, b: Formula): Formula;
  export function equiv(a: Formula, b: Formula): Formula;
  export const TRUE: Formula;
  export const FALSE: Formula;
  const Logic: {
    Solver: typeof Solver;
    not: typeof not;
    or: typeof or;
    and: typeof and;
    implies: typeof implies;
    equiv: typeof equiv;
    TRUE: Formula;
    FALSE: Formula;
  };
  export default Logic;
}
