import { describe, expect, it } from 'vitest';
import type { Question } from '../question.ts';
import { gradingContent, kermanBank, matchingWithDistractors, sampleQuestions } from '../test-support.ts';
import {
  maxAcceptedLength,
  maxChoiceLength,
  maxExplanationLength,
  maxGiftLength,
  maxGiftQuestions,
  maxNumberLength,
  maxPassageLength,
  maxQuoteLength,
  maxRows,
  maxStemLength,
  maxTopicLength
} from '../text-limits.ts';
import { exportGift, giftMetaPrefix } from './export-gift.ts';
import { importGift } from './import-gift.ts';

describe('GIFT', () => {
  it('reads back every question of a bank it wrote, ids and all, except ordering, which it reports', () => {
    const bank = kermanBank();
    const { text, skipped } = exportGift(bank);
    const ordering = bank.questions.filter((question) => question.type === 'ordering');
    expect(skipped.map((item) => item.questionId)).toEqual(ordering.map((question) => question.id));
    expect(skipped[0]?.code).toBe('unsupported-type');
    const imported = importGift(text);
    expect(imported.errors).toEqual([]);
    const expected = bank.questions.filter((question) => question.type !== 'ordering');
    expect(imported.questions).toEqual(expected);
  });

  it('keeps the id of every type it can write, a matching question with distractors included', () => {
    const questions = [...sampleQuestions(), matchingWithDistractors()].filter(
      (question) => question.type !== 'ordering'
    );
    expect(new Set(questions.map((question) => question.type)).size).toBe(8);
    const imported = importGift(exportGift({ ...kermanBank(), questions }).text);
    expect(imported.errors).toEqual([]);
    expect(imported.questions.map((question) => question.id)).toEqual(
      questions.map((question) => question.id)
    );
    expect(imported.questions).toEqual(questions);
  });

  it('writes a matching distractor as a line with nothing left of the arrow, and reads it back', () => {
    const question = matchingWithDistractors();
    const { text } = exportGift({ ...kermanBank(), questions: [question] });
    expect(text).toContain('\t= -> Kerman governor\n');
    expect(text).toContain('\t= -> U.N. envoy\n');
    // Another tool's file, with no comment of ours, keeps the distractors too.
    const plain = text.replace(/^\/\/ newsquiz .*$/m, '// from elsewhere');
    const [read] = importGift(plain, { evidence: question.evidence, topic: question.topic }).questions;
    expect(read?.type === 'matching' && read.options.map((option) => option.text).sort()).toEqual(
      question.options.map((option) => option.text).sort()
    );
    expect(read && gradingContent(read)).toEqual(gradingContent(question));
  });

  it('writes the answer syntax Moodle reads', () => {
    const text = exportGift({ ...kermanBank(), questions: sampleQuestions() }).text;
    expect(text).toContain('\t~Iraq\n\t=Afghanistan');
    expect(text).toContain('{TRUE\n');
    expect(text).toContain('{#84:0\n');
    expect(text).toContain('{#153..187\n');
    expect(text).toContain('\t~%50%Taliban');
    expect(text).toContain('\t~%-50%Houthis');
    expect(text).toContain('\t=Alex Vatanka -> think-tank director');
    expect(text).toContain('Fill in the blank.\\nIslamic State’s affiliate in {');
  });

  it('escapes GIFT’s special characters in text and answers', () => {
    const [question] = sampleQuestions();
    const tricky = { ...question!, stem: 'Ratio 3:1 {sic} ~ = # \\ ?' } as Question;
    const { text } = exportGift({ ...kermanBank(), questions: [tricky] });
    expect(text).toContain('Ratio 3\\:1 \\{sic\\} \\~ \\= \\# \\\\ ?{');
    expect(importGift(text).questions[0]?.stem).toBe(tricky.stem);
  });

  it('imports a teacher’s own file and holds it to the gates, with line numbers', () => {
    const file = [
      '// my quiz',
      '::Q1:: Where is ISIS-K based? {=Afghanistan ~Iraq ~Syria}',
      '',
      'Which city was hit? {',
      '  =Kerman',
      '  ~Tehran',
      '  ~Kerman',
      '}'
    ].join('\n');
    const { questions, errors } = importGift(file, { topic: 'the-attack' });
    expect(questions).toEqual([]);
    expect(errors).toMatchObject([
      { code: 'rejected', line: 2, problems: [{ code: 'missing-evidence' }] },
      { code: 'rejected', line: 4, problems: [{ code: 'duplicate-option' }, { code: 'missing-evidence' }] }
    ]);
  });

  it('cites the evidence given for a file that has none, but keeps a question’s own', () => {
    const given = [{ paragraph: 'p19', quote: 'killed 84 Iranians' }];
    const own = [{ paragraph: 'p10', quote: 'the southeastern town of Kerman' }];
    const file = [
      'The U.S. warned Iran before the attack. {T}',
      '',
      `// newsquiz ${JSON.stringify({ evidence: own })}`,
      'Iran was warned by Russia. {F}'
    ].join('\n');
    const { questions, errors } = importGift(file, { evidence: given });
    expect(errors).toEqual([]);
    expect(questions.map((question) => question.evidence)).toEqual([given, own]);
  });

  it('reads each kind of GIFT answer into the matching question type', () => {
    const file = [
      'A? {T}',
      '',
      'B? {#12:2}',
      '',
      'C? {=ISIS-K =Islamic State Khorasan}',
      '',
      'D? {~%50%one ~%50%two ~%-100%three}',
      '',
      'E? {=x -> 1 =y -> 2 =z -> 3}',
      '',
      'The affiliate is based in {=Afghanistan} today.'
    ].join('\n');
    const { questions, errors } = importGift(file);
    expect(questions).toEqual([]);
    const imported = errors.map((error) => (error.code === 'rejected' ? error.question : undefined));
    expect(imported.map((question) => question?.type)).toEqual([
      'true-false',
      'numeric',
      'short-answer',
      'multiple-response',
      'matching',
      'cloze'
    ]);
    expect(imported[1]).toMatchObject({ key: { kind: 'tolerance', value: 12, tolerance: 2 } });
    expect(imported[3]).toMatchObject({ key: ['a', 'b'] });
    expect(imported[5]).toMatchObject({
      stem: 'Fill in the blank.',
      passage: 'The affiliate is based in {{blank}} today.'
    });
    expect(
      errors.every((error) => error.code === 'rejected' && error.problems[0]?.code === 'missing-evidence')
    ).toBe(true);
  });

  it('reports syntax errors with the line they are on', () => {
    const file = [
      'Good? {T}',
      '',
      'No answers here',
      '',
      'Open {',
      '=a',
      '',
      'Count? {#lots}',
      '',
      'Essay? {}',
      '',
      'None right? {~a ~b ~c}'
    ].join('\n');
    expect(importGift(file).errors.map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'rejected', line: 1 },
      { code: 'syntax', line: 3 },
      { code: 'syntax', line: 5 },
      { code: 'syntax', line: 8 },
      { code: 'unsupported', line: 10 },
      { code: 'syntax', line: 12 }
    ]);
  });
});

describe('GIFT import caps, the question form’s own', () => {
  const evidence = [{ paragraph: 'p19', quote: 'killed 84 Iranians' }];
  const withMeta = (meta: object, question: string) =>
    `${giftMetaPrefix}${JSON.stringify({ evidence, ...meta })}\n${question}`;
  /** Text of exactly `length` characters, in words the gates have nothing against. */
  const words = (length: number, word = 'ab') =>
    `${`${word} `.repeat(length)}`.slice(0, length).trim().padEnd(length, 'x');
  const refusal = (text: string) =>
    importGift(text).errors.map((error) =>
      error.code === 'too-long'
        ? { line: error.line, field: error.field, size: error.size, limit: error.limit }
        : error.code
    );

  it('refuses the 200 KB stem of the attack at once, naming the question, the field and the cap', () => {
    const { questions, errors } = importGift(`Q${' '.repeat(204780)}x {T}`);
    expect(questions).toEqual([]);
    expect(errors).toEqual([
      {
        code: 'too-long',
        line: 1,
        field: 'stem',
        size: 204782,
        limit: maxStemLength,
        message: `the stem has 204782 characters; the most is ${maxStemLength}`
      }
    ]);
  });

  it('takes every field at its cap and refuses it one character past', () => {
    const atCap = (extra: number) => [
      withMeta({}, `${words(maxStemLength + extra)} {T####${words(maxExplanationLength + extra)}}`),
      withMeta(
        {},
        `Which? {=${words(maxChoiceLength + extra, 'cd')} ~${words(maxChoiceLength, 'ef')} ~${words(maxChoiceLength, 'gh')}}`
      ),
      withMeta({}, `Pairs? {=${words(maxChoiceLength + extra, 'ij')} -> kl =mn -> op =qr -> st}`),
      withMeta({}, `Name? {=${words(maxAcceptedLength + extra, 'uv')}}`),
      withMeta({}, `How far? {#${'1'.repeat(maxNumberLength + extra)}}`),
      withMeta({ unit: words(maxNumberLength + extra, 'km') }, 'How far? {#12}'),
      withMeta({ topic: `t${'-t'.repeat(maxTopicLength)}`.slice(0, maxTopicLength + extra) }, 'Is it? {F}'),
      `${giftMetaPrefix}${JSON.stringify({ evidence: [{ paragraph: 'p19', quote: 'q'.repeat(maxQuoteLength + extra) }] })}\nOr? {T}`,
      // The passage is the words, the space before the blank, the blank ({{blank}}) and ' end'.
      withMeta({}, `Fill in the blank.\\n${words(maxPassageLength - 14 + extra, 'wx')} {=yz} end`)
    ];
    const fields = (extra: number) =>
      atCap(extra).flatMap((question) =>
        importGift(question).errors.flatMap((error) => (error.code === 'too-long' ? [error.field] : []))
      );
    expect(fields(0)).toEqual([]);
    expect(fields(1)).toEqual([
      'stem',
      'explanation',
      'options[0].text',
      'prompts[0].text',
      'key',
      'key',
      'unit',
      'topic',
      'evidence[0].quote',
      'passage'
    ]);
  });

  it('refuses more answers than the form has rows, and more quotes', () => {
    const answers = (count: number) => Array.from({ length: count }, (_, index) => `~x${index}`).join(' ');
    expect(refusal(withMeta({}, `Which? {=right ${answers(maxRows)}}`))).toEqual([
      { line: 2, field: 'options', size: maxRows + 1, limit: maxRows }
    ]);
    const pairs = Array.from({ length: maxRows + 1 }, (_, index) => `=p${index} -> m${index}`).join(' ');
    expect(refusal(withMeta({}, `Match? {${pairs}}`))).toEqual([
      { line: 2, field: 'options', size: maxRows + 1, limit: maxRows }
    ]);
    const quotes = Array.from({ length: maxRows + 1 }, () => evidence[0]);
    expect(refusal(`${giftMetaPrefix}${JSON.stringify({ evidence: quotes })}\nOr? {T}`)).toEqual([
      { line: 2, field: 'evidence', size: maxRows + 1, limit: maxRows }
    ]);
  });

  it('refuses a text past the whole cap, or with too many questions, before reading a question', () => {
    const oneQuestion = 'Broken {\n\n';
    const long = oneQuestion.repeat(Math.ceil((maxGiftLength + 1) / oneQuestion.length));
    expect(refusal(long)).toEqual([{ line: 1, field: 'text', size: long.length, limit: maxGiftLength }]);
    const many = oneQuestion.repeat(maxGiftQuestions + 1);
    expect(refusal(many)).toEqual([
      { line: 1, field: 'text', size: maxGiftQuestions + 1, limit: maxGiftQuestions }
    ]);
    expect(refusal(oneQuestion.repeat(maxGiftQuestions))).toHaveLength(maxGiftQuestions);
  });
});
