import Papa from 'papaparse';
import type { FigureRow, MonthFigures } from './month-figures';

/**
 * The month's figures as one table, the same cells for the CSV and the XLSX export (so both
 * say exactly what the page shows). Rates are percentages with one decimal; empty where there is
 * nothing to divide.
 */
export type Cell = string | number | null;

export interface TableText {
  headers: [string, string, string, string, string, string, string, string, string];
  group: { total: string; town: string; village: string; category: string };
  totalName: string;
  categoryName: (id: string) => string;
}

export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

export function figuresTable(figures: MonthFigures, text: TableText): Cell[][] {
  const line = (group: string, name: string, row: FigureRow): Cell[] => [
    group,
    name,
    row.received,
    row.resolved,
    percent(row.resolutionRate),
    row.rated,
    percent(row.satisfactionRate),
    row.medianFirstAnswerHours,
    row.medianResolutionHours,
  ];
  return [
    [...text.headers],
    line(text.group.total, text.totalName, figures.total),
    ...figures.byTown.map((row) => line(text.group.town, row.key, row)),
    ...figures.byVillage.map((row) => line(text.group.village, row.key, row)),
    ...figures.byCategory.map((row) => line(text.group.category, text.categoryName(row.key), row)),
  ];
}

/** CSV with a UTF-8 byte-order mark, so Excel on a Chinese Windows opens the characters right. */
export function toCsv(table: Cell[][]): string {
  return `\ufeff${Papa.unparse(table.map((row) => row.map((cell) => (cell === null ? '' : cell))))}`;
}
