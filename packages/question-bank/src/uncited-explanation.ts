import type { Evidence } from '@newsquiz/facts';
import { citation } from './generators/generator-context.ts';

/**
 * An explanation without the citation of one of its quotes that a generator ended it with ("The article says
 * (paragraph 8): “…”"), for a page that shows the evidence's quotes right after it: the student reads each
 * quote once. Exports keep the citation, since a quiz tool shows only the explanation. An explanation that
 * does not end so (a teacher's own) is returned whole, as is one that is nothing but the citation.
 */
export function uncitedExplanation({
  explanation,
  evidence
}: {
  explanation: string;
  evidence: readonly Evidence[];
}): string {
  const cited = evidence.map((quote) => citation([quote])).find((text) => explanation.endsWith(text));
  const reason = cited ? explanation.slice(0, -cited.length) : explanation;
  return reason.trim() === '' ? explanation : reason;
}
