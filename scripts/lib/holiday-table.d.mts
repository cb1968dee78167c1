// Types of ./holiday-table.mjs, for the tests that import it.
export interface HolidaySelection {
  country: string;
  state: string;
  from: number;
  to: number;
}
export const DEFAULT_SELECTIONS: string;
export function parseSelections(text: string): HolidaySelection[];
export interface BakedSelection {
  from: number;
  to: number;
  names: string[];
  rules: string[];
  years: Record<string, string>;
}
export function bakeSelection(selection: HolidaySelection, only?: number[]): BakedSelection;
export function holidayTableSource(selections: HolidaySelection[], builtIn?: HolidaySelection[]): string;
