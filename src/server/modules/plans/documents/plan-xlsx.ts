import ExcelJS from 'exceljs';
import { addXlsxSheet, type OutColumn } from '../../../platform/files';
import type { PlanDocumentInput } from './plan-document';
import {
  type Cell,
  type PlanDocumentView,
  planDocumentView,
  SECTION_KEYS,
  type ViewTable,
} from './plan-document.view';

type Row = Cell[];

function columnsOf(table: ViewTable): OutColumn<Row>[] {
  return table.columns.map((c, i) => ({
    header: c.header,
    kind: c.kind === 'text' ? 'text' : 'number',
    numFmt: c.kind === 'amount' ? '#,##0' : undefined,
    value: (row: Row) => row[i],
  }));
}

// Totals go below the lines, labelled in the item column, summed in the amount column.
function addBudgetTotals(sheet: ExcelJS.Worksheet, view: PlanDocumentView) {
  if (view.tables.budget.rows.length === 0) return;
  const amountColumn = view.tables.budget.columns.findIndex((c) => c.kind === 'amount') + 1;
  sheet.addRow([]);
  sheet.addRow([null, view.t('plan-documents:budgetTotalBySource')]).font = { bold: true };
  const total = (label: string, amount: number) => {
    const row = sheet.addRow([null, label]);
    row.getCell(amountColumn).value = amount;
    return row;
  };
  for (const s of view.budgetTotals.bySource) total(s.source, s.amount);
  total(view.t('plan-documents:budgetTotal'), view.budgetTotals.total).font = { bold: true };
}

/**
 * Renders a plan as an XLSX workbook in its input's language: a sheet with the centre's and the
 * plan's details, then one sheet per part (priorities, goals, KPIs, activities, budget with totals,
 * approval trail) with localized headers and numbers stored as numbers.
 */
export async function renderPlanXlsx(input: PlanDocumentInput): Promise<Buffer> {
  const view = planDocumentView(input, 'symbol');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jastar';
  workbook.title = `${view.title}: ${view.centreName}, ${input.year}`;
  const details: OutColumn<{ label: string; value: string }>[] = [
    { header: view.title, value: (d) => d.label },
    { header: view.subtitle, value: (d) => d.value },
  ];
  addXlsxSheet(workbook, view.t('plan-documents:sheet.plan'), details, view.details);
  for (const key of SECTION_KEYS) {
    const table = view.tables[key];
    const sheet = addXlsxSheet(workbook, view.t(`plan-documents:sheet.${key}`), columnsOf(table), table.rows);
    if (key === 'budget') addBudgetTotals(sheet, view);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
