import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { kermanBank, matchingWithDistractors, sampleOf } from '../test-support.ts';
import { exportHtmlWorksheet } from './export-html-worksheet.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => name === 'li'
});

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join(' ');
  if (node && typeof node === 'object') {
    return Object.entries(node)
      .filter(([key]) => key !== 'id' && key !== 'class')
      .map(([, value]) => textOf(value))
      .join(' ');
  }
  return '';
}

type Page = { html: { body: { ol: { li: ({ id: string } & Record<string, unknown>)[] } } } };

describe('HTML worksheet', () => {
  const bank = kermanBank();
  const { worksheet, answerKey } = exportHtmlWorksheet(bank);

  it('parses back to one item per question in both the worksheet and the key', () => {
    const sheet = parser.parse(worksheet) as Page;
    const key = parser.parse(answerKey) as Page;
    expect(sheet.html.body.ol.li.map((item) => item.id)).toEqual(
      bank.questions.map((question) => question.id)
    );
    expect(key.html.body.ol.li.map((item) => item.id)).toEqual(
      bank.questions.map((question) => `key-${question.id}`)
    );
    sheet.html.body.ol.li.forEach((item, index) => {
      expect(textOf(item)).toContain(bank.questions[index]!.stem);
    });
  });

  it('gives each answer and explanation in the key and never in the worksheet', () => {
    const key = parser.parse(answerKey) as Page;
    const sheet = parser.parse(worksheet) as Page;
    key.html.body.ol.li.forEach((item, index) => {
      const question = bank.questions[index]!;
      expect(textOf(item)).toContain(question.explanation);
      if (question.type === 'short-answer') {
        expect(textOf(item)).toContain(question.key[0]);
        expect(textOf(sheet.html.body.ol.li[index])).not.toContain(question.explanation);
      }
    });
  });

  it('prints every option of a matching question, those that match no prompt too', () => {
    const question = matchingWithDistractors();
    const { worksheet } = exportHtmlWorksheet({ ...bank, questions: [question] });
    const sheet = parser.parse(worksheet) as Page;
    const printed = textOf(sheet.html.body.ol.li[0]);
    expect(question.options.length).toBeGreaterThan(question.prompts.length);
    for (const option of question.options) expect(printed).toContain(`${option.id}) ${option.text}`);
    for (const prompt of question.prompts) expect(printed).toContain(`${prompt.id}. ${prompt.text}`);
  });

  it('escapes every text', () => {
    const question = { ...sampleOf('single-choice'), stem: 'Is <script>alert(1)</script> & "this" safe?' };
    const page = exportHtmlWorksheet({ ...bank, title: 'A <b> title', questions: [question] });
    expect(page.worksheet).toContain('Is &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;this&quot; safe?');
    expect(page.worksheet).not.toContain('<script>');
    expect(page.answerKey).toContain('A &lt;b&gt; title: answer key');
  });
});
