import { generateBank, QuestionType, type Question } from '@newsquiz/question-bank';
import { describe, expect, test } from 'vitest';
import { getFactBase } from '$lib/server/platform/articles';
import {
  authoredQuestion,
  emptyValues,
  formValues,
  pressedRows,
  unexplained,
  valuesOf,
  type AuthoringContext
} from './authored-question';
import type { QuestionFormValues } from '$lib/kinds/question-form';

const factBase = getFactBase();
const context: AuthoringContext = {
  article: factBase.article,
  topicIds: factBase.topics.map((topic) => topic.id)
};

function form(type: QuestionType, fields: Partial<QuestionFormValues>): QuestionFormValues {
  return {
    ...emptyValues(type),
    explanation: 'The article says so.',
    topic: 'the-attack',
    paragraphs: ['p19'],
    quotes: ['killed 84 Iranians'],
    ...fields
  };
}

function authored(type: QuestionType, fields: Partial<QuestionFormValues>): Question {
  const result = authoredQuestion(form(type, fields), type, context);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.question;
}

function refusal(type: QuestionType, fields: Partial<QuestionFormValues>) {
  const result = authoredQuestion(form(type, fields), type, context);
  if (result.ok) throw new Error('the form was accepted');
  return result;
}

const textOf = (question: { options: { id: string; text: string }[] }, id: string) =>
  question.options.find((option) => option.id === id)?.text;

describe('a NUL in any text of the question form', () => {
  test('is refused by the name of its field, whatever else the form holds', () => {
    const fields = {
      stem: 'The question',
      explanation: 'The explanation',
      accepted: 'The accepted answers',
      passage: 'The passage',
      unit: 'The unit',
      options: 'The option',
      quotes: 'The quote'
    } as const;
    for (const [field, label] of Object.entries(fields)) {
      const sound = form('cloze', {
        stem: 'Fill in the blank.',
        passage: 'The bombings happened in {{blank}}.',
        accepted: 'Kerman',
        options: ['Kerman'],
        unit: 'people'
      });
      const value = sound[field as keyof typeof fields];
      const withNul = Array.isArray(value) ? [`${value[0]}\u0000`] : `${value}\u0000`;
      const result = authoredQuestion({ ...sound, [field]: withNul }, 'cloze', context);
      expect(!result.ok && result.errors[field], field).toEqual([
        `${label} must not contain a null character (U+0000).`
      ]);
    }
  });
});

describe('a teacher’s form becomes a question of each type', () => {
  test('single choice: the filled rows in order, the marked one the key', () => {
    const question = authored('single-choice', {
      stem: 'Where did the bombings happen?',
      options: ['Tehran', '', 'Kerman', 'Isfahan'],
      correct: ['2']
    });
    expect(question).toMatchObject({
      type: 'single-choice',
      options: [
        { id: 'a', text: 'Tehran' },
        { id: 'b', text: 'Kerman' },
        { id: 'c', text: 'Isfahan' }
      ],
      key: 'b',
      evidence: [{ paragraph: 'p19', quote: 'killed 84 Iranians' }],
      factIds: [],
      topic: 'the-attack',
      skill: 'recall'
    });
    expect(question.id).toMatch(/^q-[0-9a-f]{16}$/);
    expect(question.difficulty.level).toBe('easy');
  });

  test('multiple response: every marked row is in the key', () => {
    const question = authored('multiple-response', {
      stem: 'Which groups does the article say Iran has armed?',
      options: ['Houthis', 'Taliban', 'Militias in Syria'],
      correct: ['0', '2']
    });
    expect(question).toMatchObject({ type: 'multiple-response', key: ['a', 'c'] });
  });

  test('true or false', () => {
    const question = authored('true-false', {
      stem: 'The U.S. warned Iran before the attack.',
      answer: 'true'
    });
    expect(question).toMatchObject({ type: 'true-false', key: true });
  });

  test('numeric with a tolerance and unit, and with a range', () => {
    const exact = authored('numeric', {
      stem: 'How many Iranians did the bombings kill?',
      value: '84',
      tolerance: '',
      unit: 'people'
    });
    expect(exact).toMatchObject({ key: { kind: 'tolerance', value: 84, tolerance: 0 }, unit: 'people' });
    const range = authored('numeric', {
      stem: 'About how many Afghan civilians died at the Kabul airport?',
      numericKind: 'range',
      min: '150',
      max: '1,190'
    });
    expect(range).toMatchObject({ key: { kind: 'range', min: 150, max: 1190 } });
    expect(range).not.toHaveProperty('unit');
  });

  test('short answer: one accepted answer a line', () => {
    const question = authored('short-answer', {
      stem: 'In which country is ISIS-K based?',
      accepted: 'Afghanistan\n\n  Afghanistan, where it emerged \n'
    });
    expect(question).toMatchObject({ key: ['Afghanistan', 'Afghanistan, where it emerged'] });
  });

  test('cloze: the passage with its blank', () => {
    const question = authored('cloze', {
      passage: 'The bombings took place in the town of {{blank}}.',
      accepted: 'Kerman'
    });
    expect(question).toMatchObject({
      type: 'cloze',
      stem: 'Fill in the blank.',
      passage: 'The bombings took place in the town of {{blank}}.',
      key: ['Kerman']
    });
  });

  test('matching: pairs and extra matches, never shown in the order of their prompts', () => {
    const question = authored('matching', {
      stem: 'Match each person to their role.',
      prompts: ['Hossein Salami', 'Douglas London', 'Alex Vatanka', ''],
      matchTexts: ['Guard commander', 'Former CIA officer', 'Think-tank director', ''],
      distractors: 'Foreign minister'
    });
    if (question.type !== 'matching') throw new Error(question.type);
    expect(question.prompts.map((prompt) => prompt.text)).toEqual([
      'Hossein Salami',
      'Douglas London',
      'Alex Vatanka'
    ]);
    expect(question.options.map((option) => option.text).sort()).toEqual(
      ['Former CIA officer', 'Foreign minister', 'Guard commander', 'Think-tank director'].sort()
    );
    expect(question.key.map((pair) => [pair.prompt, textOf(question, pair.option)])).toEqual([
      ['1', 'Guard commander'],
      ['2', 'Former CIA officer'],
      ['3', 'Think-tank director']
    ]);
    expect(question.options.slice(0, 3).map((option) => option.text)).not.toEqual([
      'Guard commander',
      'Former CIA officer',
      'Think-tank director'
    ]);
  });

  test('ordering: the key is the order typed, the options are shown in another', () => {
    const items = ['The bombings in Kerman', 'Iran’s investigation is published', 'Iran fires missiles'];
    const question = authored('ordering', { stem: 'Put these in order, earliest first.', options: items });
    if (question.type !== 'ordering') throw new Error(question.type);
    expect(question.key.map((id) => textOf(question, id))).toEqual(items);
    expect(question.options.map((option) => option.text)).not.toEqual(items);
  });
});

describe('what the form refuses, by field', () => {
  test('a gate’s finding comes back next to the option at fault, and nothing else', () => {
    const result = refusal('single-choice', {
      stem: 'Where did the bombings happen?',
      options: ['Kerman', 'Tehran', '', 'kerman'],
      correct: ['0']
    });
    expect(result.errors).toEqual({ 'option-3': ['This repeats another row.'] });
    expect(result.values.options).toEqual(['Kerman', 'Tehran', '', 'kerman']);
  });

  test('a quote that is not in its paragraph is refused, and says where it stands', () => {
    const result = refusal('true-false', {
      stem: 'The bombings killed 84 Iranians.',
      answer: 'true',
      paragraphs: ['p7'],
      quotes: ['killed 84 Iranians']
    });
    expect(result.errors).toEqual({
      'quote-0': ['These words are not in paragraph 7; they stand in paragraph 19.']
    });
  });

  test('a quote typed with straight quotes and single spaces is stored as the article has it', () => {
    const question = authored('true-false', {
      stem: 'A U.S. official said there was a threat.',
      answer: 'true',
      paragraphs: ['p12'],
      quotes: ["  Prior to ISIS's terrorist   attack "]
    });
    expect(question.evidence).toEqual([{ paragraph: 'p12', quote: 'Prior to ISIS’s terrorist attack' }]);
  });

  test('blank required fields and an unmarked key are all named at once', () => {
    const result = refusal('single-choice', {
      explanation: ' ',
      topic: '',
      options: ['Kerman', 'Tehran', 'Isfahan'],
      paragraphs: [''],
      quotes: ['']
    });
    expect(Object.keys(result.errors).sort()).toEqual(['correct', 'stem', 'topic']);
  });

  test('a question without explanation or evidence is saved, flagged not grounded', () => {
    const result = authoredQuestion(
      form('true-false', {
        stem: 'Iran was warned.',
        answer: 'true',
        explanation: '',
        paragraphs: [],
        quotes: []
      }),
      'true-false',
      context
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.grounded).toBe(false);
    expect(result.question).toMatchObject({ evidence: [], explanation: unexplained, key: true });
    // The form shows the missing explanation blank again, not the stand-in.
    expect(valuesOf(result.question).explanation).toBe('');
    const cited = authoredQuestion(
      form('true-false', { stem: 'Iran was warned.', answer: 'true' }),
      'true-false',
      context
    );
    expect(cited.ok && cited.grounded).toBe(true);
  });

  test('a quote that does not stand in the article is still refused, not taken for no evidence', () => {
    const result = refusal('true-false', {
      stem: 'Iran was warned.',
      answer: 'true',
      paragraphs: ['p19'],
      quotes: ['words the article never wrote']
    });
    expect(Object.keys(result.errors)).toEqual(['quote-0']);
  });

  test('numbers that are not numbers, and a range that ends below its start', () => {
    expect(refusal('numeric', { stem: 'How many died?', value: 'eighty' }).errors).toEqual({
      value: ['Write a number, such as 84 or 2.5.']
    });
    expect(
      refusal('numeric', { stem: 'How many died?', numericKind: 'range', min: '90', max: '80' }).errors
    ).toEqual({ max: ['The range ends below its start.'] });
  });

  test('a cloze passage needs its blank once, and a negation must be emphasised', () => {
    const result = refusal('cloze', {
      stem: 'Do not guess.',
      passage: 'The bombings took place in Kerman.',
      accepted: 'Kerman'
    });
    expect(result.errors['passage']).toEqual([
      'The passage needs {{blank}} exactly once, where the answer goes; it has it 0 times.'
    ]);
    expect(result.errors['stem']).toEqual(['Write “not” in capitals (NOT) so that no student misses it.']);
  });

  test('a matching pair with half missing is named by its row', () => {
    const result = refusal('matching', {
      stem: 'Match each person to their role.',
      prompts: ['Hossein Salami', 'Douglas London', 'Alex Vatanka'],
      matchTexts: ['Guard commander', '', 'Think-tank director']
    });
    expect(result.errors['match-1']).toEqual(['Write the match of this prompt.']);
    expect(result.errors['pairs']).toEqual(['Write at least 3 pairs.']);
  });

  test('a form the schema cannot read is refused by field, keeping what it can', () => {
    const result = authoredQuestion(
      { ...form('true-false', { stem: 'Iran was warned.' }), skill: 'guessing' },
      'true-false',
      context
    );
    if (result.ok) throw new Error('accepted');
    expect(Object.keys(result.errors)).toEqual(['skill']);
    expect(result.values.stem).toBe('Iran was warned.');
    expect(result.values.skill).toBe('recall');
  });
});

describe('editing', () => {
  test('every bank question fills the form, and the form gives it back unchanged but for its id', () => {
    for (const type of QuestionType.options) {
      // Asked for one type, the bank holds its forms: true/false too, which the whole bank asks otherwise.
      const [original] = generateBank(factBase, { seed: 1, types: [type] }).questions;
      if (!original) throw new Error(`the bank has no ${type} question`);
      const result = authoredQuestion(valuesOf(original), type, { ...context, factIds: original.factIds });
      if (!result.ok) throw new Error(`${type}: ${JSON.stringify(result.errors)}`);
      const {
        id: _id,
        options: _options,
        key: _key,
        ...rest
      } = result.question as Question & {
        options?: unknown;
      };
      const {
        id: _oldId,
        options: _oldOptions,
        key: _oldKey,
        ...expected
      } = original as Question & {
        options?: unknown;
      };
      expect(rest).toEqual(expected);
      expect(valuesOf(result.question)).toEqual(valuesOf(original));
    }
  });

  test('a teacher’s own question comes back identical, id and all', () => {
    const question = authored('ordering', {
      stem: 'Put these in order, earliest first.',
      options: ['The bombings in Kerman', 'Iran’s investigation is published', 'Iran fires missiles']
    });
    const again = authoredQuestion(valuesOf(question), 'ordering', context);
    expect(again.ok && again.question).toEqual(question);
  });
});

describe('reading the form', () => {
  test('repeated fields are lists in their order, missing ones blank, files ignored', () => {
    const data = new FormData();
    data.append('stem', 'Where?');
    data.append('options', 'Kerman');
    data.append('options', '');
    data.append('options', 'Tehran');
    data.append('correct', '2');
    data.append('quotes', new File(['x'], 'x.txt'));
    const values = formValues(data);
    expect(values).toMatchObject({
      stem: 'Where?',
      options: ['Kerman', '', 'Tehran'],
      correct: ['2'],
      quotes: []
    });
    expect(values['explanation']).toBe('');
  });

  test('a form with only its own type’s fields is read whole', () => {
    const data = new FormData();
    const fields = {
      stem: 'Where did the bombings happen?',
      explanation: 'Paragraph 10 names the town.',
      topic: 'the-attack',
      skill: 'recall',
      paragraphs: 'p10',
      quotes: 'the southeastern town of Kerman'
    };
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    for (const option of ['Tehran', 'Kerman', 'Isfahan', '']) data.append('options', option);
    data.append('correct', '1');
    const result = authoredQuestion(formValues(data), 'single-choice', context);
    expect(result.ok && result.question).toMatchObject({ key: 'b', evidence: [{ paragraph: 'p10' }] });
  });
});

describe('adding and removing rows without JavaScript', () => {
  const press = (type: QuestionType, rows: string, fields: Record<string, string | string[]>) => {
    const data = new FormData();
    data.append('rows', rows);
    data.append('skill', 'recall');
    for (const [name, value] of Object.entries(fields))
      for (const one of [value].flat()) data.append(name, one);
    return pressedRows(data, type);
  };

  test('a form sent to be saved is no press of a row button', () => {
    const data = new FormData();
    data.append('stem', 'Where?');
    expect(pressedRows(data, 'single-choice')).toBeNull();
  });

  test('"Add an option" keeps what was typed and adds one blank row, with the keyboard on it', () => {
    const result = press('single-choice', 'add:options', {
      stem: 'Where?',
      options: ['Kerman', 'Tehran', '', 'Isfahan'],
      correct: '0'
    });
    expect(result).toMatchObject({
      ok: true,
      changed: {
        values: { stem: 'Where?', options: ['Kerman', 'Tehran', '', 'Isfahan', ''], correct: ['0'] },
        focus: 'option-4'
      }
    });
  });

  test('"Remove" takes out its row and the marks below it move up with their rows', () => {
    const result = press('multiple-response', 'remove:options:1', {
      options: ['Kerman', 'Tehran', 'Isfahan', 'Qom'],
      correct: ['0', '1', '3']
    });
    expect(result).toMatchObject({
      ok: true,
      changed: { values: { options: ['Kerman', 'Isfahan', 'Qom'], correct: ['0', '2'] }, focus: 'option-1' }
    });
  });

  test('a pair and a quote are removed whole, both their fields at once', () => {
    const pairs = press('matching', 'remove:pairs:0', {
      prompts: ['Kerman', 'Tehran'],
      matchTexts: ['bombing', 'capital']
    });
    expect(pairs).toMatchObject({
      ok: true,
      changed: { values: { prompts: ['Tehran'], matchTexts: ['capital'] }, focus: 'prompt-0' }
    });
    const quotes = press('true-false', 'add:evidence', { paragraphs: ['p19'], quotes: ['killed 84'] });
    expect(quotes).toMatchObject({
      ok: true,
      changed: { values: { paragraphs: ['p19', ''], quotes: ['killed 84', ''] }, focus: 'paragraph-1' }
    });
  });

  test('never more rows than the server reads, and a button naming no row changes nothing', () => {
    const full = press('ordering', 'add:options', { options: Array.from({ length: 20 }, (_, n) => `${n}`) });
    expect(full?.ok && full.changed.values.options).toHaveLength(20);
    for (const bad of ['add:stem', 'remove:options:x', 'remove:options:99', 'drop:options']) {
      const result = press('ordering', bad, { options: ['a', 'b'] });
      expect(result, bad).toMatchObject({
        ok: false,
        values: { options: ['a', 'b'] },
        message: 'That button names no row of this form.'
      });
    }
  });
});
