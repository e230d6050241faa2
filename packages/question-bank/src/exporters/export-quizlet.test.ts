import { describe, expect, it } from 'vitest';
import { kermanBank, sampleOf, sampleQuestions } from '../test-support.ts';
import { exportQuizlet, quizletCards } from './export-quizlet.ts';

function readCards(text: string): [string, string][] {
  return text
    .trimEnd()
    .split('\n')
    .map((line) => {
      const parts = line.split('\t');
      expect(parts).toHaveLength(2);
      return [parts[0]!, parts[1]!];
    });
}

describe('Quizlet import text', () => {
  it('reads back as one card per question and per matching pair', () => {
    const bank = kermanBank();
    const cards = readCards(exportQuizlet(bank).text);
    const pairs = bank.questions.reduce(
      (sum, question) => sum + (question.type === 'matching' ? question.key.length : 1),
      0
    );
    expect(cards).toHaveLength(pairs);
    expect(cards).toEqual(bank.questions.flatMap(quizletCards));
  });

  it('puts the answer on the back of each kind of card', () => {
    const cards = readCards(exportQuizlet({ ...kermanBank(), questions: sampleQuestions() }).text);
    expect(cards).toEqual([
      ['Where is ISIS-K based?', 'Afghanistan'],
      ['Which of these weakened ISIS-K? Select all that apply.', 'Taliban; U.S. military'],
      ['True or false: ISIS-K is based in Afghanistan.', 'True'],
      ['How many Iranians were killed in Kerman?', '84 people'],
      ['About how many Afghan civilians were killed near the Kabul airport?', '153–187'],
      ['Which group carried out the Kerman bombings?', 'ISIS-K'],
      ['Islamic State’s affiliate in _____', 'Afghanistan'],
      ['Alex Vatanka', 'think-tank director'],
      ['Douglas London', 'former CIA officer'],
      ['Hossein Salami', 'Revolutionary Guard commander'],
      ['Put these in order, earliest first.', 'Iranian Revolution → Kabul airport bombing → Kerman bombings'],
      [
        'Which paragraph of the article says that ISIS-K is Islamic State’s affiliate in Afghanistan?',
        "The alert came after the U.S. learned that Islamic State's affiliate in Afghanistan was plotting."
      ]
    ]);
  });

  it('turns tabs and line breaks inside a text into spaces', () => {
    const question = { ...sampleOf('true-false'), stem: 'True\tor false:\nISIS-K?' };
    expect(exportQuizlet({ ...kermanBank(), questions: [question] }).text).toBe(
      'True or false: ISIS-K?\tTrue\n'
    );
  });

  it('writes a formula as text, for a spreadsheet that opens the file', () => {
    const question = { ...sampleOf('short-answer'), stem: '=1+1', key: ['Ann;@SUM(A1)'] };
    expect(exportQuizlet({ ...kermanBank(), questions: [question] }).text).toBe("'=1+1\tAnn;'@SUM(A1)\n");
  });
});
