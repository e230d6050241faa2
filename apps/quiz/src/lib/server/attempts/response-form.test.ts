import type { StudentQuestion } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { parseAnswerForm } from './response-form';

const base = {
  id: 'q-0123456789abcdef',
  stem: 'Stem?',
  topic: 'the-attack',
  skill: 'recall',
  difficulty: 'easy'
} as const;
const options = [
  { id: 'a', text: 'Iran' },
  { id: 'b', text: 'Iraq' },
  { id: 'c', text: 'Syria' }
];
const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};
const question = (type: StudentQuestion['type'], extra: Partial<StudentQuestion> = {}): StudentQuestion => ({
  ...base,
  type,
  ...extra
});

describe('reading an answer from a form', () => {
  test('a single choice must be one of the options', () => {
    const q = question('single-choice', { options });
    expect(parseAnswerForm(q, form([['answer', 'b']]))).toEqual({
      ok: true,
      response: { type: 'single-choice', choice: 'b' }
    });
    expect(parseAnswerForm(q, form([]))).toMatchObject({
      ok: false,
      field: 'answer',
      message: 'Choose one answer.'
    });
    expect(parseAnswerForm(q, form([['answer', 'z']]))).toMatchObject({ ok: false });
  });

  test('multiple responses are de-duplicated and checked', () => {
    const q = question('multiple-response', { options });
    const parsed = parseAnswerForm(
      q,
      form([
        ['answer', 'c'],
        ['answer', 'a'],
        ['answer', 'c']
      ])
    );
    expect(parsed).toEqual({ ok: true, response: { type: 'multiple-response', choices: ['a', 'c'] } });
    expect(
      parseAnswerForm(
        q,
        form([
          ['answer', 'a'],
          ['answer', '<script>']
        ])
      )
    ).toMatchObject({ ok: false });
  });

  test('true or false, and numbers written as people write them', () => {
    expect(parseAnswerForm(question('true-false'), form([['answer', 'false']]))).toEqual({
      ok: true,
      response: { type: 'true-false', value: false }
    });
    expect(parseAnswerForm(question('true-false'), form([['answer', 'yes']]))).toMatchObject({ ok: false });
    expect(parseAnswerForm(question('numeric'), form([['answer', ' 1,200 ']]))).toEqual({
      ok: true,
      response: { type: 'numeric', value: 1200 }
    });
    for (const typed of ['eighty', '1,3']) {
      expect(parseAnswerForm(question('numeric'), form([['answer', typed]]))).toMatchObject({
        ok: false,
        message: 'Enter the number in digits, with commas only between thousands.'
      });
    }
  });

  test('typed answers are trimmed, required and bounded', () => {
    expect(parseAnswerForm(question('cloze'), form([['q3.answer', '  ISIS-K ']]), 'q3')).toEqual({
      ok: true,
      response: { type: 'cloze', text: 'ISIS-K' }
    });
    expect(parseAnswerForm(question('short-answer'), form([['answer', '   ']]))).toMatchObject({ ok: false });
    expect(parseAnswerForm(question('short-answer'), form([['answer', 'x'.repeat(201)]]))).toMatchObject({
      ok: false
    });
  });

  test('a typed answer with a NUL is refused by name, before it is graded or stored', () => {
    for (const type of ['short-answer', 'cloze'] as const) {
      expect(parseAnswerForm(question(type), form([['q2.answer', 'ISIS\u0000-K']]), 'q2')).toEqual({
        ok: false,
        field: 'q2.answer',
        message: 'Your answer must not contain a null character (U+0000).'
      });
    }
  });

  test('matching needs a known option for every prompt, and names the row that lacks one', () => {
    const prompts = [
      { id: 'p', text: 'Salami' },
      { id: 'q', text: 'Soleimani' }
    ];
    const q = question('matching', { options, prompts });
    expect(
      parseAnswerForm(
        q,
        form([
          ['match-p', 'a'],
          ['match-q', 'b']
        ])
      )
    ).toEqual({
      ok: true,
      response: {
        type: 'matching',
        pairs: [
          { prompt: 'p', option: 'a' },
          { prompt: 'q', option: 'b' }
        ]
      }
    });
    expect(parseAnswerForm(q, form([['match-p', 'a']]))).toEqual({
      ok: false,
      field: 'match-q',
      message: 'Choose a match for “Soleimani”.'
    });
  });

  test('ordering turns positions into an order, and refuses a place out of range', () => {
    const q = question('ordering', { options });
    const positions = (a: string, b: string, c: string) =>
      form([
        ['position-a', a],
        ['position-b', b],
        ['position-c', c]
      ]);
    expect(parseAnswerForm(q, positions('2', '3', '1'))).toEqual({
      ok: true,
      response: { type: 'ordering', order: ['c', 'a', 'b'] }
    });
    expect(parseAnswerForm(q, positions('1', '2', '4'))).toEqual({
      ok: false,
      field: 'position-c',
      message: 'Give “Syria” a place from 1 to 3.'
    });
    // Below the range, not a whole number, or not a number: each refused the same way.
    for (const place of ['0', '1.5', 'two'])
      expect(parseAnswerForm(q, positions(place, '2', '3'))).toEqual({
        ok: false,
        field: 'position-a',
        message: 'Give “Iran” a place from 1 to 3.'
      });
  });

  test('without JavaScript a menu left on its old place gives way to the item moved there', () => {
    const q = question('ordering', { options });
    // Shown Iran, Iraq, Syria; the student gives Iran place 3 and leaves the other menus as they were.
    expect(
      parseAnswerForm(
        q,
        form([
          ['position-a', '3'],
          ['position-b', '2'],
          ['position-c', '3']
        ])
      )
    ).toEqual({
      ok: true,
      response: { type: 'ordering', order: ['b', 'c', 'a'] }
    });
    // The page showed Syria, Iran, Iraq (its menus post in that order): Iraq moved to the top.
    expect(
      parseAnswerForm(
        q,
        form([
          ['position-c', '1'],
          ['position-a', '2'],
          ['position-b', '1']
        ])
      )
    ).toEqual({
      ok: true,
      response: { type: 'ordering', order: ['b', 'c', 'a'] }
    });
    // On a page of several questions the menus start blank: a blank item keeps its place among the others.
    expect(
      parseAnswerForm(
        q,
        form([
          ['position-a', '3'],
          ['position-b', ''],
          ['position-c', '']
        ])
      )
    ).toEqual({
      ok: true,
      response: { type: 'ordering', order: ['b', 'c', 'a'] }
    });
    expect(
      parseAnswerForm(
        q,
        form([
          ['position-a', '3'],
          ['position-b', '3'],
          ['position-c', '3']
        ])
      )
    ).toEqual({
      ok: false,
      field: 'position-b',
      message: '“Iran” and “Iraq” both have place 3: give each its own place.'
    });
  });
});
