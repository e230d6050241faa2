import type { FactBase } from '@newsquiz/facts';
import { lintQuestion } from './gates/lint-question.ts';
import { formatQuestionProblem } from './gates/question-problem.ts';
import { distinctCount } from './near-duplicates.ts';
import type { Question } from './question.ts';
import type { QuestionBank } from './question-bank.ts';
import type { BankReview, FlawClass, ItemReview, Verdict } from './review-file.ts';
import { beyondRecall, skills, type CognitiveLevel } from './skills.ts';
import { wrongKeys } from './wrong-keys.ts';

/** What a department head wants to know of a bank before using it with a class. */
export type BankReport = {
  total: number;
  distinct: number;
  byLevel: Record<CognitiveLevel, number>;
  beyondRecall: number;
  ideas: { asked: number; total: number; unasked: string[] };
  /** Every item a gate or the wrong-key check flags, as `id: problem`. */
  flagged: string[];
  verdicts: Record<Verdict, number>;
  flaws: Partial<Record<FlawClass, number>>;
  /** Items with no verdict yet: new, or changed since they were read. */
  unreviewed: Question[];
  /** Verdicts on items the bank no longer holds. */
  stale: ItemReview[];
};

const levels: readonly CognitiveLevel[] = ['remember', 'understand', 'apply', 'analyse', 'evaluate'];

export function reportBank(bank: QuestionBank, facts: FactBase, review: BankReview | undefined): BankReport {
  const { questions } = bank;
  const entityIds = new Set(facts.entities.map((entity) => entity.id));
  const byLevel = Object.fromEntries(levels.map((level) => [level, 0])) as Record<CognitiveLevel, number>;
  for (const question of questions) byLevel[skills[question.skill].level] += 1;
  const askedFacts = new Set(questions.flatMap((question) => question.factIds));
  const unasked = facts.ideas.filter((idea) => !askedFacts.has(idea.id)).map((idea) => idea.id);
  const flagged = [
    ...questions.flatMap((question) => {
      const lint = lintQuestion(question);
      return lint.ok
        ? []
        : lint.problems.map((problem) => `${question.id}: ${formatQuestionProblem(problem)}`);
    }),
    ...wrongKeys(bank, facts).map((wrong) => `${wrong.question}: ${wrong.cause}: ${wrong.detail}`)
  ];
  const verdictsById = new Map((review?.items ?? []).map((item) => [item.id, item]));
  const ids = new Set(questions.map((question) => question.id));
  const read = questions.flatMap((question) => verdictsById.get(question.id) ?? []);
  const verdicts: Record<Verdict, number> = { sound: 0, flawed: 0, unusable: 0 };
  const flaws: Partial<Record<FlawClass, number>> = {};
  for (const item of read) {
    verdicts[item.verdict] += 1;
    for (const flaw of item.flaws) flaws[flaw] = (flaws[flaw] ?? 0) + 1;
  }
  return {
    total: questions.length,
    distinct: distinctCount(questions, entityIds),
    byLevel,
    beyondRecall: questions.filter((question) => beyondRecall(question.skill)).length,
    ideas: { asked: facts.ideas.length - unasked.length, total: facts.ideas.length, unasked },
    flagged,
    verdicts,
    flaws,
    unreviewed: questions.filter((question) => !verdictsById.has(question.id)),
    stale: (review?.items ?? []).filter((item) => !ids.has(item.id))
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** The report as a teacher reads it in a terminal. */
export function formatBankReport(report: BankReport): string {
  const { total } = report;
  const reviewed = total - report.unreviewed.length;
  const lines = [
    `questions     ${total}, distinct ${report.distinct}`,
    `levels        ${levels.map((level) => `${level} ${report.byLevel[level]}`).join(', ')}`,
    `beyond recall ${report.beyondRecall} (${percent(report.beyondRecall, total)})`,
    `key ideas     ${report.ideas.asked} of ${report.ideas.total} asked${report.ideas.unasked.length > 0 ? `; not asked: ${report.ideas.unasked.join(', ')}` : ''}`,
    `gates         ${report.flagged.length === 0 ? 'no item flagged' : `${report.flagged.length} flagged`}`,
    ...report.flagged.map((line) => `  ${line}`),
    `reviewed      ${reviewed} of ${total}: sound ${report.verdicts.sound} (${percent(report.verdicts.sound, reviewed)}), flawed ${report.verdicts.flawed}, unusable ${report.verdicts.unusable}`
  ];
  const flaws = Object.entries(report.flaws).sort(([a], [b]) => (a < b ? -1 : 1));
  if (flaws.length > 0)
    lines.push(`flaws         ${flaws.map(([flaw, count]) => `${flaw} ${count}`).join(', ')}`);
  if (report.unreviewed.length > 0) {
    lines.push(`needs a verdict (${report.unreviewed.length}):`);
    lines.push(...report.unreviewed.map((question) => `  ${question.id} ${question.stem.slice(0, 90)}`));
  }
  if (report.stale.length > 0) lines.push(`verdicts on items no longer in the bank: ${report.stale.length}`);
  return `${lines.join('\n')}\n`;
}
