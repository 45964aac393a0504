import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { samplePlanDocumentInput } from './plan-document.fixture';
import { renderPlanXlsx } from './plan-xlsx';

async function readBack(language: 'kk' | 'ru') {
  const workbook = new ExcelJS.Workbook();
  const file = await renderPlanXlsx(samplePlanDocumentInput(language));
  await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  return workbook;
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

describe('plan XLSX', () => {
  it('has a localized sheet per plan part', async () => {
    const workbook = await readBack('kk');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Жоспар',
      'Басым бағыттар',
      'Мақсаттар',
      'Көрсеткіштер',
      'Іс-шаралар',
      'Бюджет',
      'Бекіту тарихы',
    ]);
    const plan = workbook.getWorksheet('Жоспар')!;
    expect(rowValues(plan, 2)).toEqual(['Атауы', 'Қарағанды облыстық жастар ресурстық орталығы']);
  });

  it('writes KPIs with localized headers and numbers as numbers', async () => {
    const kpis = (await readBack('kk')).getWorksheet('Көрсеткіштер')!;
    expect(rowValues(kpis, 1)).toEqual([
      '№',
      'Көрсеткіш',
      'Өлшем бірлігі',
      'Дереккөзі',
      'Базалық мәні',
      'Базалық жыл',
      'Жылдық мақсат',
      'I тоқсан',
      'II тоқсан',
      'III тоқсан',
      'IV тоқсан',
    ]);
    expect(rowValues(kpis, 2)).toEqual([
      1,
      'Қамтылған NEET жастар',
      'адам',
      'Қызметтер журналы',
      980,
      2025,
      1250,
      310,
      640,
      950,
      1250,
    ]);
    // a manual KPI without a baseline leaves the baseline cells empty, not zero
    expect(kpis.getRow(3).getCell(5).value).toBeNull();
    expect(kpis.getRow(3).getCell(7).value).toBe(400);
  });

  it('writes budget lines and totals per funding source and overall', async () => {
    const budget = (await readBack('ru')).getWorksheet('Бюджет')!;
    expect(rowValues(budget, 1)).toEqual([
      '№',
      'Статья расходов',
      'Мероприятие',
      'Источник финансирования',
      'Сумма, ₸',
    ]);
    expect(rowValues(budget, 2)).toEqual([
      1,
      'Аренда площадки ярмарки',
      'Ярмарка вакансий для молодёжи',
      'Местный бюджет',
      1_250_000,
    ]);
    const labelled = new Map<string, unknown>();
    budget.eachRow((row) => labelled.set(String(row.getCell(2).value), row.getCell(5).value));
    expect(labelled.get('Местный бюджет')).toBe(1_450_000);
    expect(labelled.get('Спонсорские средства')).toBe(340_500);
    expect(labelled.get('Всего')).toBe(1_790_500);
  });

  it('writes the approval trail and falls back to another language for an empty text', async () => {
    const workbook = await readBack('kk');
    const trail = workbook.getWorksheet('Бекіту тарихы')!;
    expect(rowValues(trail, 3)).toEqual([
      '27.01.2026 14:40',
      'Ғалым Өмірзақов',
      'Өңірлік басқарма',
      'Пысықтауға қайтарылды',
      'Бюджетті нақтылаңыз',
    ]);
    const goals = workbook.getWorksheet('Мақсаттар')!;
    expect(rowValues(goals, 3)).toEqual([
      2,
      'Расширить доступ к консультациям психолога',
      'Психологиялық көмек',
    ]);
  });
});
