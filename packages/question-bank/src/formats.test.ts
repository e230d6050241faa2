import { describe, expect, test } from 'vitest';
import { leftOut } from './exporters/format-limits.ts';
import { FormatId, formats, type BankFormat } from './formats.ts';
import type { QuestionType } from './question.ts';
import type { QuestionBank } from './question-bank.ts';
import { kermanBank, sampleOf, sampleQuestions } from './test-support.ts';

describe('the formats registry', () => {
  test('every format writes a file of its own name, and says what it left out', async () => {
    const bank = { ...kermanBank(), questions: kermanBank().questions.slice(0, 40) };
    const extensions = FormatId.options.map((id) => formats[id].extension);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const id of FormatId.options) {
      const { body, skipped } = await formats[id].export(bank);
      expect(body.length, id).toBeGreaterThan(0);
      for (const entry of skipped)
        expect(
          bank.questions.map((q) => q.id),
          id
        ).toContain(entry.questionId);
    }
  });

  test('what each format declares it cannot hold is exactly what its exporter leaves out', async () => {
    const choice = sampleOf('single-choice');
    // The generated bank has every type, five-option questions and long stems, but no long answer.
    const longAnswer = {
      ...choice,
      id: 'q-000000000000000a',
      options: choice.options.map((option, index) =>
        index === 1 ? { ...option, text: 'Afghanistan '.repeat(8) } : option
      )
    };
    const bank: QuestionBank = {
      ...kermanBank(),
      questions: [...kermanBank().questions, ...sampleQuestions(), longAnswer]
    };
    const reasons = new Set<string>();
    for (const id of FormatId.options) {
      const { skipped } = await formats[id].export(bank);
      expect(leftOut(formats[id].limits, bank.questions), id).toEqual(skipped);
      for (const entry of skipped)
        reasons.add(
          entry.code === 'too-long' ? `too-long ${entry.field.replace(/\[\d+\]$/, '')}` : entry.code
        );
    }
    // Each kind of reason was met, so each part of the declarations was held to an exporter.
    expect([...reasons].sort()).toEqual([
      'too-long options',
      'too-long stem',
      'too-many-options',
      'unsupported-type'
    ]);
  });

  test('a format needs something of the importing tool only for a type it holds', () => {
    for (const id of FormatId.options) {
      const { limits, needs = {} }: BankFormat = formats[id];
      for (const type of Object.keys(needs) as QuestionType[]) expect(limits.types[type], id).toBe(true);
    }
    expect(formats['moodle-xml'].needs.ordering).toMatch(/Moodle 4\.4 .*Ordering question plugin/);
  });
});
