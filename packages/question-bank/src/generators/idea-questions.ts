import type { Idea, IdeaAnswer, IdeaForm, Misreading } from '@newsquiz/facts';
import type { QuestionDraft, Skill } from '../question.ts';
import { keyStandsOut } from '../gates/question-rules.ts';
import type { Random } from '../random.ts';
import { evidenceOf, quote, shuffledChoices, type Generator } from './generator-context.ts';

/**
 * Questions beyond recall, from the key ideas the fact base states: the central idea, the reasons
 * the article gives, its rule applied to a case, a claim weighed against its facts, two accounts
 * compared. Options are the idea's grounded answers and the misreadings written beside them, so
 * every wrong option comes with the reason a careful reader rejects it.
 */

export const skillOfIdea: Record<IdeaForm, Skill> = {
  'central-idea': 'central-idea',
  reason: 'reasoning',
  'rule-application': 'application',
  'claim-evaluation': 'evaluation',
  comparison: 'comparison'
};

/** Wrong options a question shows: three, drawn by the seed so banks differ in more than order. */
const misreadingCount = 3;

const listed = new Intl.ListFormat('en-US', { type: 'conjunction' });

/** "12", "12 and 29", "12, 29 and 30", in the article's order. */
function paragraphNumbers(answer: IdeaAnswer): { count: number; text: string } {
  const numbers = [...new Set(answer.evidence.map((item) => Number(item.paragraph.slice(1))))];
  // No serial comma, as in the article.
  return {
    count: numbers.length,
    text: listed.format(numbers.sort((a, b) => a - b).map(String)).replace(', and', ' and')
  };
}

function paragraphsOf(answer: IdeaAnswer): string {
  const numbers = paragraphNumbers(answer);
  return `${numbers.count === 1 ? 'paragraph' : 'paragraphs'} ${numbers.text}`;
}

/** "Paragraph 12 supports it." */
function whereSupported(answer: IdeaAnswer): string {
  const numbers = paragraphNumbers(answer);
  return numbers.count === 1
    ? `Paragraph ${numbers.text} supports it.`
    : `Paragraphs ${numbers.text} support it.`;
}

/** Why each wrong option shown is wrong, so a student who chose one learns from it. */
function rebuttals(misreadings: readonly Misreading[]): string {
  return misreadings.map((item) => ` Not ${quote(item.text)}: ${item.flaw}`).join('');
}

/** The answers' evidence, then the words the shown rebuttals restate, which a student reads too. */
function common(idea: Idea, answers: readonly IdeaAnswer[], wrong: readonly Misreading[]) {
  return {
    evidence: evidenceOf([...answers, ...wrong]),
    factIds: [idea.id, ...idea.about],
    topic: idea.topics[0]!,
    skill: skillOfIdea[idea.form]
  };
}

/**
 * The misreadings a single choice shows, drawn by the seed; when the answer would stand out as much the
 * longest option, the longest misreading left takes the last place, so length gives nothing away.
 */
function drawMisreadings(idea: Idea, answer: IdeaAnswer, random: Random): Misreading[] {
  const drawn = random.shuffle(idea.misreadings);
  const wrong = drawn.slice(0, misreadingCount);
  const left = drawn.slice(misreadingCount);
  if (
    left.length === 0 ||
    !keyStandsOut(
      answer.text,
      wrong.map((item) => item.text)
    )
  )
    return wrong;
  const longest = left.reduce((best, item) => (item.text.length > best.text.length ? item : best));
  return [...wrong.slice(0, -1), longest];
}

function singleChoice(idea: Idea, answer: IdeaAnswer, random: Random): QuestionDraft {
  const wrong = drawMisreadings(idea, answer, random);
  const { choices, idOf } = shuffledChoices(random, [answer.text, ...wrong.map((item) => item.text)]);
  return {
    type: 'single-choice',
    stem: idea.prompt,
    options: choices,
    key: idOf(answer.text),
    // The app shows the right option above the explanation, so the explanation says where it stands.
    explanation: `${whereSupported(answer)}${rebuttals(wrong)}`,
    ...common(idea, [answer], wrong)
  };
}

function multipleResponse(idea: Idea, random: Random): QuestionDraft {
  const wrong = random.shuffle(idea.misreadings).slice(0, misreadingCount);
  const texts = [...idea.answers.map((answer) => answer.text), ...wrong.map((item) => item.text)];
  const { choices, idOf } = shuffledChoices(random, texts);
  const supported = idea.answers.map((answer) => `${quote(answer.text)} (${paragraphsOf(answer)})`);
  return {
    type: 'multiple-response',
    stem: `${idea.prompt} Choose all that apply.`,
    options: choices,
    key: idea.answers.map((answer) => idOf(answer.text)).sort(),
    explanation: `The right answers: ${supported.join('; ')}.${rebuttals(wrong)}`,
    ...common(idea, idea.answers, wrong)
  };
}

/**
 * An idea with one answer is a single choice. One with several is asked whole, as a multiple
 * response, and one answer at a time, as many as the variants allow, the seed choosing which.
 */
const ideaQuestions: Generator = ({ index, random, variants }) =>
  index.base.ideas.flatMap((idea): QuestionDraft[] => {
    if (idea.answers.length === 1) return [singleChoice(idea, idea.answers[0]!, random)];
    const asked = random.shuffle(idea.answers).slice(0, variants);
    return [multipleResponse(idea, random), ...asked.map((answer) => singleChoice(idea, answer, random))];
  });

export const ideaGenerators: Readonly<Record<string, Generator>> = { ideaQuestions };
