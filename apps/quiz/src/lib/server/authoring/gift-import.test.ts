import { exportGift, generateBank } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import { maxGiftLength } from '$lib/server/platform/limits';
import { readGiftImport } from './gift-import';

const factBase = getFactBase();

function importForm(fields: Record<string, string | File>): FormData {
  const form = new FormData();
  const all = { text: '', topic: 'the-attack', skill: 'recall', paragraph: '', quote: '', ...fields };
  for (const [name, value] of Object.entries(all)) form.append(name, value);
  return form;
}

const twoQuestions = [
  'The U.S. warned Iran before the attack. {T}',
  '',
  'Where did the bombings happen? {=Kerman ~Tehran ~Isfahan}'
].join('\n');
const evidence = { paragraph: 'p7', quote: 'The U.S. secretly warned Iran' };

describe('importing GIFT', () => {
  test('every question of a plain file is added, citing the evidence the teacher gave', async () => {
    const result = await readGiftImport(importForm({ text: twoQuestions, ...evidence }), factBase);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.questions.map((question) => question.type)).toEqual(['true-false', 'single-choice']);
    expect(result.questions.every((question) => question.topic === 'the-attack')).toBe(true);
    expect(result.questions[0]!.evidence).toEqual([
      { paragraph: 'p7', quote: 'The U.S. secretly warned Iran' }
    ]);
  });

  test('an uploaded file is read like pasted text', async () => {
    const file = new File([twoQuestions], 'quiz.gift', { type: 'application/octet-stream' });
    const result = await readGiftImport(importForm({ file, ...evidence }), factBase);
    expect(result.ok && result.questions.length).toBe(2);
  });

  test('all or nothing: one bad question refuses the file, and every problem has its line', async () => {
    const text = `${twoQuestions}\n\nHow many died? {#lots}\n\nWhich city? {=Kerman ~Tehran ~kerman}`;
    const result = await readGiftImport(importForm({ text, ...evidence }), factBase);
    if (result.ok) throw new Error('imported');
    expect(result.problems).toEqual([
      'Line 5: "lots" is not a number, number:tolerance or min..max.',
      'Line 7: question rejected: "kerman" repeats options 1.'
    ]);
    expect(result.values.text).toBe(text);
  });

  test('questions without evidence are refused until the teacher cites some', async () => {
    const result = await readGiftImport(importForm({ text: twoQuestions }), factBase);
    if (result.ok) throw new Error('imported');
    expect(result.errors['evidence']).toEqual([
      'Some questions cite no evidence: give a paragraph and quote for them here.'
    ]);
    expect(result.problems).toHaveLength(2);
  });

  test('the evidence given must stand in the article', async () => {
    const result = await readGiftImport(
      importForm({ text: twoQuestions, paragraph: 'p8', quote: evidence.quote }),
      factBase
    );
    expect(!result.ok && result.errors['quote']).toEqual([
      'These words are not in paragraph 8; they stand in paragraph 7.'
    ]);
  });

  test('our own export of this article comes back with its own evidence and topics', async () => {
    const bank = generateBank(factBase, { seed: 1, count: 5, types: ['single-choice', 'numeric'] });
    const result = await readGiftImport(importForm({ text: exportGift(bank).text }), factBase);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.questions.map((question) => question.evidence)).toEqual(
      bank.questions.map((question) => question.evidence)
    );
  });

  test('evidence another article’s file cites is refused by question', async () => {
    const foreign = [
      `// newsquiz ${JSON.stringify({ evidence: [{ paragraph: 'p3', quote: 'Mayor Rosa Quint' }] })}`,
      'The mayor spoke. {T}'
    ].join('\n');
    const result = await readGiftImport(importForm({ text: foreign }), factBase);
    expect(!result.ok && result.problems).toEqual([
      'The question “The mayor spoke.” cites evidence this article does not hold: These words are not in paragraph 3: copy them word for word from the article.'
    ]);
  });

  test('too large, the wrong kind of file, or nothing at all', async () => {
    const big = await readGiftImport(importForm({ text: 'x'.repeat(maxGiftLength + 1) }), factBase);
    expect(!big.ok && big.errors['text']).toEqual([
      'Keep the GIFT text under 200 KB; split a larger file in parts.'
    ]);
    const pdf = await readGiftImport(importForm({ file: new File(['%PDF'], 'quiz.pdf') }), factBase);
    expect(!pdf.ok && pdf.errors['file']).toEqual(['Choose a .gift or .txt file.']);
    const empty = await readGiftImport(importForm({ file: new File([], '') }), factBase);
    expect(!empty.ok && empty.errors['text']).toEqual(['Choose a GIFT file or paste GIFT text.']);
  });

  test('a NUL in the pasted text, the file or the quote is refused by name, before anything is parsed', async () => {
    const pasted = await readGiftImport(importForm({ text: `${twoQuestions}\u0000`, ...evidence }), factBase);
    expect(!pasted.ok && pasted.errors['text']).toEqual([
      'The GIFT text must not contain a null character (U+0000).'
    ]);
    const file = new File([`${twoQuestions}\u0000`], 'quiz.gift');
    const uploaded = await readGiftImport(importForm({ file, ...evidence }), factBase);
    expect(!uploaded.ok && uploaded.errors['file']).toEqual([
      'The GIFT file must not contain a null character (U+0000).'
    ]);
    const quoted = await readGiftImport(
      importForm({ text: twoQuestions, ...evidence, quote: `${evidence.quote}\u0000` }),
      factBase
    );
    expect(!quoted.ok && quoted.errors['quote']).toEqual([
      'The quote must not contain a null character (U+0000).'
    ]);
  });
});
