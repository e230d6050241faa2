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

  test('the questions that read are taken, and each one left out is listed by its line', async () => {
    const text = `${twoQuestions}\n\nHow many died? {#lots}\n\nWhich city? {=Kerman ~Tehran ~kerman}`;
    const result = await readGiftImport(importForm({ text, ...evidence }), factBase);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.questions.map((question) => question.stem)).toEqual([
      'The U.S. warned Iran before the attack.',
      'Where did the bombings happen?'
    ]);
    expect(result.skipped).toEqual([
      'Line 5: "lots" is not a number, number:tolerance or min..max.',
      'Line 7: question rejected: "kerman" repeats options 1.'
    ]);
  });

  test('nothing is taken when no question reads, and every problem has its line', async () => {
    const result = await readGiftImport(
      importForm({ text: 'How many died? {#lots}\n\nEssay? {}' }),
      factBase
    );
    expect(!result.ok && result.problems).toEqual([
      'Line 1: "lots" is not a number, number:tolerance or min..max.',
      'Line 3: essay questions ({}) cannot be graded here.'
    ]);
  });

  test('questions without evidence come in flagged as not grounded', async () => {
    const result = await readGiftImport(importForm({ text: twoQuestions }), factBase);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.questions.map(({ evidence, grounded }) => ({ evidence, grounded }))).toEqual([
      { evidence: [], grounded: false },
      { evidence: [], grounded: false }
    ]);
  });

  test('a Moodle file comes in as plain text, weights read, with what it could not keep by line', async () => {
    const moodle = [
      '// question: 1  name: switch category to $course$/Attack',
      '$CATEGORY: $course$/Attack',
      '',
      '::City::[html]<p>Which <b>city</b> was hit\\: on Jan. 3?</p>{',
      '\t=Kerman#Right',
      '\t~Tehran#No',
      '\t~Mashhad#No',
      '}',
      '',
      '::Group::Which group claimed the attack?{',
      '\t=Islamic State#Yes',
      '\t=%50%ISIS#Its short name',
      '\t=%0%*#Read the article again',
      '}'
    ].join('\n');
    const result = await readGiftImport(importForm({ text: moodle }), factBase);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.questions).toMatchObject([
      { type: 'single-choice', stem: 'Which city was hit: on Jan. 3?', grounded: false },
      { type: 'short-answer', key: ['Islamic State'], grounded: false }
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.notes).toEqual([
      'Line 10: “ISIS” earns 50% in the file and is left out: an answer here is right or wrong.'
    ]);
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
    // No topic is asked for: each question carries its own.
    const result = await readGiftImport(importForm({ text: exportGift(bank).text, topic: '' }), factBase);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.questions).toEqual(bank.questions);
  });

  test('a file from another tool asks for a topic when none is chosen', async () => {
    const result = await readGiftImport(importForm({ text: twoQuestions, topic: '' }), factBase);
    expect(!result.ok && result.errors['topic']).toEqual([
      'Choose the topic these questions are filed under: the file does not say.'
    ]);
    const wrong = await readGiftImport(importForm({ text: twoQuestions, topic: 'elsewhere' }), factBase);
    expect(!wrong.ok && wrong.errors['topic']).toEqual(['Choose one of this article’s topics.']);
  });

  test('evidence another article’s file cites is refused by question', async () => {
    const foreign = [
      `// newsquiz ${JSON.stringify({ evidence: [{ paragraph: 'p3', quote: 'Mayor Rosa Quint' }] })}`,
      'The mayor spoke. {T}'
    ].join('\n');
    const result = await readGiftImport(importForm({ text: foreign }), factBase);
    expect(!result.ok && result.problems).toEqual([
      'Line 2: The question “The mayor spoke.” cites evidence this article does not hold: These words are not in paragraph 3: copy them word for word from the article.'
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
