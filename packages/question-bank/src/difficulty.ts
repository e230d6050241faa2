import { kinds } from './kinds/kinds.ts';
import type { Difficulty, DifficultyLevel, QuestionDraft, Skill } from './question.ts';

const skillPoints: Record<Skill, number> = {
  recall: 0,
  chronology: 1,
  sourcing: 1,
  inference: 2,
  'central-idea': 2,
  reasoning: 2,
  application: 2,
  comparison: 3,
  evaluation: 3
};

function levelOf(score: number): DifficultyLevel {
  return score <= 1 ? 'easy' : score === 2 ? 'medium' : 'hard';
}

/** A rule-based estimate: the kind's points + skill points + 1 for five or more options or items. */
export function estimateDifficulty(draft: QuestionDraft): Difficulty {
  const parts: [string, number][] = [
    [`type ${draft.type}`, kinds[draft.type].difficultyPoints],
    [`skill ${draft.skill}`, skillPoints[draft.skill]]
  ];
  const items = 'options' in draft ? draft.options.length : 0;
  if (items >= 5) parts.push([`${items} options`, 1]);
  const score = parts.reduce((sum, [, points]) => sum + points, 0);
  const level = levelOf(score);
  const terms = parts.map(([label, points]) => `${label} +${points}`).join(', ');
  return { level, score, rule: `${terms} = ${score}: ${level} (easy 0-1, medium 2, hard 3+)` };
}
