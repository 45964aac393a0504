import { createRequire } from 'node:module';
import PdfPrinter from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { PlanDocumentInput } from './plan-document';
import { formatCell } from './plan-document.format';
import {
  type PlanDocumentView,
  planDocumentView,
  type SectionKey,
  type ViewTable,
} from './plan-document.view';

// The Roboto files bundled with pdfmake cover every Kazakh letter and embed as subsets with a
// ToUnicode map, so the text can be searched and extracted. Roboto has no tenge sign (₸): the
// PDF writes the currency as a word.
let printer: PdfPrinter | undefined;
function pdfPrinter(): PdfPrinter {
  if (!printer) {
    const vfs = createRequire(import.meta.url)('pdfmake/build/vfs_fonts.js') as Record<string, string>;
    const font = (file: string) => Buffer.from(vfs[file], 'base64');
    const fonts: TFontDictionary = {
      Roboto: {
        normal: font('Roboto-Regular.ttf'),
        bold: font('Roboto-Medium.ttf'),
        italics: font('Roboto-Italic.ttf'),
        bolditalics: font('Roboto-MediumItalic.ttf'),
      },
    };
    printer = new PdfPrinter(fonts);
  }
  return printer;
}

const WIDTHS: Record<SectionKey, Array<number | string>> = {
  priorities: [35, 140, 60, '*'],
  goals: [25, '*', 200],
  kpis: [22, '*', 40, 70, 50, 40, 50, 45, 45, 45, 45],
  activities: [22, '*', 120, 55, 65, 170],
  budget: [22, '*', 170, 130, 80],
  trail: [80, 120, 110, 140, '*'],
};

const LINES = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#b8c2cc',
  vLineColor: () => '#b8c2cc',
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

function sectionTable(view: PlanDocumentView, table: ViewTable): Content[] {
  if (table.rows.length === 0) {
    return [
      { text: table.title, style: 'section' },
      { text: view.t('plan-documents:empty'), italics: true },
    ];
  }
  // The title is the table's first header row, so it never stays behind alone at a page's foot
  // and repeats above the columns on every page the table runs onto.
  const title: TableCell[] = table.columns.map(
    (_, i): TableCell =>
      i === 0
        ? {
            text: table.title,
            style: 'section',
            colSpan: table.columns.length,
            border: [false, false, false, true],
          }
        : '',
  );
  const header: TableCell[] = table.columns.map((c) => ({ text: c.header, style: 'th' }));
  const body: TableCell[][] = table.rows.map((row) =>
    row.map((value, i) => {
      const kind = table.columns[i].kind;
      const numeric = kind !== 'text' && typeof value === 'number';
      return { text: formatCell(value, kind, view.language), alignment: numeric ? 'right' : 'left' };
    }),
  );
  return [
    {
      table: {
        headerRows: 2,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: WIDTHS[table.key],
        body: [title, header, ...body],
      },
      layout: { ...LINES, hLineWidth: (i: number) => (i === 0 ? 0 : 0.5) },
      margin: [0, 10, 0, 0],
    },
  ];
}

function budgetTotalsTable(view: PlanDocumentView): Content[] {
  if (view.tables.budget.rows.length === 0) return [];
  const currency = view.t('plan-documents:currency.word');
  const amount = (n: number) => `${formatCell(n, 'amount', view.language)} ${currency}`;
  return [
    { text: view.t('plan-documents:budgetTotalBySource'), style: 'subsection' },
    {
      table: {
        widths: [260, 120],
        body: [
          ...view.budgetTotals.bySource.map((s): TableCell[] => [
            s.source,
            { text: amount(s.amount), alignment: 'right' },
          ]),
          [
            { text: view.t('plan-documents:budgetTotal'), bold: true },
            { text: amount(view.budgetTotals.total), bold: true, alignment: 'right' },
          ],
        ],
      },
      layout: LINES,
    },
  ];
}

function titleBlock(view: PlanDocumentView): Content[] {
  return [
    { text: view.title, style: 'title' },
    { text: view.subtitle, style: 'subtitle' },
    { text: view.centreName, style: 'centre' },
    {
      table: {
        widths: [150, '*'],
        body: view.details.map((d): TableCell[] => [{ text: d.label, bold: true }, d.value]),
      },
      layout: 'lightHorizontalLines',
      margin: [0, 4, 0, 0],
    },
  ];
}

/** The definition pdfmake lays out: A4 landscape, title block, then one section per plan part. */
export function planPdfDefinition(input: PlanDocumentInput): TDocumentDefinitions {
  const view = planDocumentView(input, 'word');
  const { tables } = view;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: {
      title: `${view.title}: ${view.centreName}, ${input.year}`,
      creator: 'Jastar',
      producer: 'Jastar',
    },
    defaultStyle: { font: 'Roboto', fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 16, bold: true, alignment: 'center' },
      subtitle: { fontSize: 13, alignment: 'center', margin: [0, 2, 0, 8] },
      centre: { fontSize: 14, bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
      section: { fontSize: 12, bold: true, margin: [0, 4, 0, 5] },
      subsection: { fontSize: 10, bold: true, margin: [0, 8, 0, 4] },
      th: { bold: true, fillColor: '#e8eef5' },
      note: { fontSize: 8, italics: true, margin: [0, 3, 0, 0] },
    },
    content: [
      ...titleBlock(view),
      ...sectionTable(view, tables.priorities),
      ...sectionTable(view, tables.goals),
      ...sectionTable(view, tables.kpis),
      ...(tables.kpis.rows.length > 0 ? [{ text: view.t('plan-documents:kpiNote'), style: 'note' }] : []),
      ...sectionTable(view, tables.activities),
      ...sectionTable(view, tables.budget),
      ...budgetTotalsTable(view),
      ...sectionTable(view, tables.trail),
    ],
    footer: (page, pages) => ({
      margin: [36, 10, 36, 0],
      fontSize: 8,
      color: '#555555',
      columns: [
        { text: `${input.centre.code} · ${view.generatedAt}` },
        { text: view.t('plan-documents:page', { page, pages }), alignment: 'right' },
      ],
    }),
  };
}

/** Renders a plan as a PDF in its input's language (Kazakh letters embedded and extractable). */
export function renderPlanPdf(input: PlanDocumentInput): Promise<Buffer> {
  const doc = pdfPrinter().createPdfKitDocument(planPdfDefinition(input));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
