import type { Skill } from './question-fields.ts';

/**
 * How much thinking a skill asks for, in the terms of Bloom's taxonomy that teachers plan with.
 * Date arithmetic ("inference" today) works on recalled facts, so it counts as remembering.
 */
export type CognitiveLevel = 'remember' | 'understand' | 'apply' | 'analyse' | 'evaluate';

export const skills: Readonly<Record<Skill, { name: string; description: string; level: CognitiveLevel }>> = {
  recall: { name: 'Recall', description: 'a fact the article states', level: 'remember' },
  chronology: { name: 'Chronology', description: 'when and in what order', level: 'remember' },
  sourcing: { name: 'Sourcing', description: 'who says so, and how', level: 'remember' },
  inference: {
    name: 'Inference',
    description: 'what follows from the article’s dates and figures',
    level: 'remember'
  },
  'central-idea': {
    name: 'Central idea',
    description: 'what the article or a passage is about',
    level: 'understand'
  },
  reasoning: { name: 'Reasoning', description: 'why, in the article’s words', level: 'understand' },
  application: {
    name: 'Application',
    description: 'a rule from the article applied to a case',
    level: 'apply'
  },
  comparison: { name: 'Comparison', description: 'two accounts side by side', level: 'analyse' },
  evaluation: {
    name: 'Evaluation',
    description: 'a claim weighed against the article’s facts',
    level: 'evaluate'
  }
};

/** True for a skill that asks more than remembering what the article says. */
export function beyondRecall(skill: Skill): boolean {
  return skills[skill].level !== 'remember';
}
