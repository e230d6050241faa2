import type { Evidence } from '@newsquiz/facts';
import type { DifficultySignal } from './difficulty-signal.ts';
import { containsAnswer } from './normalise-answer.ts';

const paragraphNumber = (evidence: Evidence) => Number(evidence.paragraph.slice(1));

// The newspaper abbreviates months in full dates ("Jan. 3, 2024") that a quote may spell out, or the reverse.
const months = ['January', 'February', 'August', 'September', 'October', 'November', 'December'].map(
  (long) => ({ long, short: long === 'September' ? 'Sept.' : `${long.slice(0, 3)}.` })
);
function monthForms(wording: string): string[] {
  const month = months.find(({ long, short }) => wording.startsWith(short) || wording.startsWith(long));
  if (!month) return [wording];
  const rest = wording.replace(/^\S+/, '');
  return [`${month.long}${rest}`, `${month.short}${rest}`];
}

/**
 * The smallest run of paragraphs with a quote for every part, as [first, last]; undefined when some part
 * is in no quote.
 */
function coveringRun(
  evidence: readonly Evidence[],
  parts: readonly string[][]
): [number, number] | undefined {
  const where = parts.map(
    (wordings) =>
      new Set(
        evidence
          .filter((piece) =>
            wordings.flatMap(monthForms).some((wording) => containsAnswer(piece.quote, wording))
          )
          .map(paragraphNumber)
      )
  );
  if (where.some((paragraphs) => paragraphs.size === 0)) return undefined;
  let best: [number, number] | undefined;
  for (const first of new Set(where.flatMap((paragraphs) => [...paragraphs]))) {
    const last = Math.max(
      ...where.map((paragraphs) => Math.min(...[...paragraphs].filter((p) => p >= first)))
    );
    if (Number.isFinite(last) && (!best || last - first < best[1] - best[0])) best = [first, last];
  }
  return best;
}

function across(first: number, last: number, what: string): DifficultySignal {
  const apart = last - first;
  const label = `${what} p${first} to p${last}, ${apart} paragraph${apart === 1 ? '' : 's'} apart`;
  return { label, points: apart <= 3 ? 2 : 3 };
}

/**
 * How far a student must read to answer: one quote that words the answer is nearest; an answer put
 * together from a paragraph further; parts spread over the article furthest. `parts` are the answer's
 * wordings, one list per part (see QuestionKind.answerWordings); none when the answer is no wording.
 * A question on one fact cites each place the article states it, and any one of them will do.
 */
export function evidenceDistance(
  evidence: readonly Evidence[],
  parts: readonly string[][] = [],
  factCount = 2
): DifficultySignal {
  if (evidence.length === 0) return { label: 'no evidence cited', points: 0 };
  const numbers = evidence.map(paragraphNumber);
  const [first, last] = [Math.min(...numbers), factCount === 1 ? Math.min(...numbers) : Math.max(...numbers)];
  if (parts.length === 0) {
    return first === last ? { label: `all in p${first}`, points: 0 } : across(first, last, 'evidence from');
  }
  const run = coveringRun(evidence, parts);
  if (run && run[0] === run[1]) return { label: `answer worded in p${run[0]}`, points: 0 };
  if (run) return across(run[0], run[1], 'answer worded across');
  return first === last
    ? { label: `answer put together from p${first}`, points: 1 }
    : across(first, last, 'answer put together from');
}
