import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { clozeBlank, type Question } from '../question.ts';
import { gradingContent, kermanBank, matchingWithDistractors } from '../test-support.ts';
import { exportMoodleXml } from './export-moodle-xml.ts';

type Text = { text: string };
type MoodleAnswer = Text & { fraction: string; tolerance?: string };
type MoodleQuestion = {
  type: string;
  name: Text;
  questiontext: Text;
  generalfeedback: Text;
  single?: string;
  answer?: MoodleAnswer[];
  subquestion?: (Text & { answer: Text[] })[];
  tags: { tag: Text[] };
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['question', 'answer', 'subquestion', 'tag'].includes(name)
});

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function fromHtml(html: string): string[] {
  return [...html.matchAll(/<p>(.*?)<\/p>/g)].map((match) =>
    match[1]!.replace(/&(\w+);/g, (_, name: string) => entities[name]!)
  );
}

/** Reads one Moodle question back into the content that grading depends on. */
function readBack(question: MoodleQuestion): Record<string, unknown> {
  const [stem] = fromHtml(question.questiontext.text);
  const answers = question.answer ?? [];
  const right = answers.filter((answer) => Number(answer.fraction) > 0).map((answer) => answer.text);
  switch (question.type) {
    case 'multichoice':
      return question.single === 'true'
        ? // Evidence selection may earn full marks with any of several paragraphs.
          {
            type: 'single-choice',
            stem,
            options: answers.map((a) => a.text),
            key: right.length === 1 ? right[0] : right.sort()
          }
        : { type: 'multiple-response', stem, options: answers.map((a) => a.text), key: right.sort() };
    case 'truefalse':
      return { type: 'true-false', stem, key: right[0] === 'true' };
    case 'numerical': {
      const value = Number(answers[0]!.text);
      const tolerance = Number(answers[0]!.tolerance);
      return { type: 'numeric', stem, key: { min: value - tolerance, max: value + tolerance } };
    }
    case 'shortanswer':
      return { type: 'short-answer', stem, key: right };
    case 'cloze': {
      const [clozeStem, passage = ''] = fromHtml(question.questiontext.text);
      const blank = /\{1:SHORTANSWER:(.*?)\}(?=[^}]*$)/.exec(passage)!;
      const key = blank[1]!.split('~').map((item) => item.slice(1).replace(/\\(.)/g, '$1'));
      return { type: 'cloze', stem: clozeStem, passage: passage.replace(blank[0], clozeBlank), key };
    }
    case 'matching': {
      // Moodle's rule: a subquestion with no text is a distractor, an answer matching no prompt.
      const subquestions = question.subquestion!;
      const pairs = subquestions.filter((sub) => sub.text !== '');
      return {
        type: 'matching',
        stem,
        key: pairs.map((sub) => [fromHtml(sub.text)[0], sub.answer[0]!.text]).sort(),
        ...(pairs.length < subquestions.length
          ? { distractors: subquestions.filter((sub) => sub.text === '').map((sub) => sub.answer[0]!.text) }
          : {})
      };
    }
    default:
      return { type: question.type, stem, key: answers.map((answer) => answer.text) };
  }
}

describe('Moodle XML export', () => {
  const bank = kermanBank();
  const { text, skipped } = exportMoodleXml(bank);
  const parsed = parser.parse(text) as { quiz: { question: MoodleQuestion[] } };
  const [category, ...questions] = parsed.quiz.question;

  it('files the questions under the article and skips no type', () => {
    expect(category!.type).toBe('category');
    expect(skipped).toEqual([]);
    expect(questions.map((question) => question.name.text)).toEqual(
      bank.questions.map((question) => question.id)
    );
  });

  /** Moodle has no question of paragraphs: one comes back as a single choice of them, graded alike. */
  const moodleContent = (question: Question) => {
    const content = gradingContent(question);
    return question.type === 'evidence-selection'
      ? {
          ...content,
          type: 'single-choice',
          key:
            (content.key as string[]).length === 1
              ? (content.key as string[])[0]
              : [...(content.key as string[])].sort()
        }
      : content;
  };

  it('reads back every question as graded the same, with its explanation and tags', () => {
    expect(bank.questions.some((question) => question.type === 'evidence-selection')).toBe(true);
    questions.forEach((question, index) => {
      expect(readBack(question)).toEqual(moodleContent(bank.questions[index]!));
    });
    questions.forEach((question, index) => {
      const original = bank.questions[index]!;
      expect(fromHtml(question.generalfeedback.text)[0]).toBe(original.explanation);
      expect(question.tags.tag.map((tag) => tag.text)).toEqual([
        `topic:${original.topic}`,
        `skill:${original.skill}`,
        `difficulty:${original.difficulty.level}`
      ]);
    });
  });

  it('writes a matching question’s distractors as subquestions with no text', () => {
    const question = matchingWithDistractors();
    const read = parser.parse(exportMoodleXml({ ...bank, questions: [question] }).text) as {
      quiz: { question: MoodleQuestion[] };
    };
    expect(readBack(read.quiz.question[1]!)).toEqual({
      ...gradingContent(question),
      distractors: ['Kerman governor', 'U.N. envoy']
    });
  });

  it('weights multiple-response answers so the right ones make 100% and wrong ones cost', () => {
    const question = questions.find((item) => item.type === 'multichoice' && item.single === 'false')!;
    const fractions = question.answer!.map((answer) => Number(answer.fraction));
    expect(fractions.filter((fraction) => fraction > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(fractions.some((fraction) => fraction < 0)).toBe(true);
  });
});
