import type { DifficultySignal } from './difficulty-signal.ts';
import { distractorCloseness } from './distractor-closeness.ts';
import { evidenceDistance } from './evidence-distance.ts';
import { kindOf } from './kinds/kinds.ts';
import type { ResponseForm } from './kinds/question-kind.ts';
import type { Difficulty, DifficultyLevel, Question, QuestionDraft, Skill } from './question.ts';

// Writing an answer asks more than picking it; arranging several parts asks more again.
const formPoints: Record<ResponseForm, number> = { recognition: 0, production: 1, arrangement: 2 };

// What the question asks a student to do with the text; a new skill needs its line here.
const skillPoints: Record<Skill, number> = {
  recall: 0,
  chronology: 0,
  sourcing: 2,
  inference: 2,
  'central-idea': 1,
  reasoning: 1,
  application: 2,
  comparison: 2,
  evaluation: 2
};

// Set so that seed 1 of the Kerman bank spreads over all three levels (about 38% easy, 29% medium, 33% hard).
const bands = 'easy 0-1, medium 2, hard 3+';
function levelOf(score: number): DifficultyLevel {
  return score <= 1 ? 'easy' : score === 2 ? 'medium' : 'hard';
}

/**
 * An estimate from what can be measured in the question itself: how it is answered, how close the wrong
 * options are to the key, how far apart the evidence lies and the skill. The rule names every signal and
 * its points, so a teacher can see where they disagree. Real attempts replace it: see measuredDifficulty.
 */
export function estimateDifficulty(draft: QuestionDraft): Difficulty {
  // The kind's functions read only the content a draft already has; the id and difficulty come after.
  const question = draft as Question;
  const kind = kindOf(question);
  const signals: [string, DifficultySignal][] = [
    ['response', { label: kind.responseForm, points: formPoints[kind.responseForm] }],
    ['options', distractorCloseness(kind.choices?.(question))],
    ['evidence', evidenceDistance(draft.evidence, kind.answerWordings?.(question), draft.factIds.length)],
    ['skill', { label: draft.skill, points: skillPoints[draft.skill] }]
  ];
  const score = signals.reduce((sum, [, signal]) => sum + signal.points, 0);
  const level = levelOf(score);
  const terms = signals.map(([name, signal]) => `${name}: ${signal.label} +${signal.points}`).join('; ');
  return { level, score, rule: `${terms} = ${score}: ${level} (${bands})` };
}
