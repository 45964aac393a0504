import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text.test-helper';
import { samplePlanDocumentInput } from './plan-document.fixture';
import { renderPlanPdf } from './plan-pdf';

describe('plan PDF', () => {
  it('in Kazakh: every Kazakh letter, the centre, the plan parts and the numbers come back from the PDF', async () => {
    const pdf = await renderPlanPdf(samplePlanDocumentInput('kk'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of [
      'Жастар ресурстық орталығының жеке жылдық даму жоспары',
      '2026 жылға',
      'Қарағанды облыстық жастар ресурстық орталығы',
      'YRC-35-001',
      'Өңірлік',
      'Әсел Нұрланқызы Сейітова',
      'Бекітілді',
      // priorities with their rank and reason
      'Басым бағыттар',
      'Жұмыспен қамту',
      'ұлттық мақсаттан (3,5%)',
      'Жұмыссыз жастардың үлесін төмендету',
      // KPI table: name, baseline, target and its cumulative quarters, kk number grouping
      'Қамтылған NEET жастар',
      '980',
      '1 250',
      '310 640 950 1 250',
      'Қаһарман жастарға арналған',
      // budget per source and overall, tenge written as a word (the font has no ₸)
      'Жергілікті бюджет 1 450 000 теңге',
      'Демеушілік қаражат 340 500 теңге',
      'Барлығы 1 790 500 теңге',
      // approval trail in Kazakhstan time
      '27.01.2026 14:40',
      'Ғалым Өмірзақов',
      'Пысықтауға қайтарылды',
      'Бюджетті нақтылаңыз',
    ]) {
      expect(text).toContain(expected);
    }
    // Ң and Һ never start a Kazakh word, so the capitals checked are the ones real text has.
    for (const letter of 'әғқңөұүһіӘҒҚӨҰҮІ') expect(text, letter).toContain(letter);
  });

  it('falls back to Russian for a plan text left empty in Kazakh', async () => {
    const text = pdfText(await renderPlanPdf(samplePlanDocumentInput('kk')));
    expect(text).toContain('Расширить доступ к консультациям психолога');
  });

  it('in Russian: labels, texts and numbers are Russian', async () => {
    const text = pdfText(await renderPlanPdf(samplePlanDocumentInput('ru')));
    for (const expected of [
      'Индивидуальный годовой план развития молодёжного ресурсного центра',
      'на 2026 год',
      'Карагандинский областной молодёжный ресурсный центр',
      'Утверждён',
      'Приоритетные направления',
      'Трудоустройство',
      'Снизить долю безработной молодёжи',
      'Охвачено молодёжи NEET',
      '310 640 950 1 250',
      'Ярмарка вакансий для молодёжи',
      'Всего 1 790 500 тенге',
      'Возвращён на доработку',
      'Уточните бюджет',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Жұмыссыз');
  });
});
