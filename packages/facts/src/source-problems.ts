import type { FactProblem } from './fact-problem.ts';
import type { FactBase } from './schema/fact-base.ts';
import type { Relation } from './schema/relation.ts';
import type { Statement } from './schema/statement.ts';

/**
 * Checks that who says what is told right, on a fact base that has passed the schema: a source is
 * someone shown speaking, and a fact only a source vouches for is marked as that source's claim.
 * A teacher who finds one claim keyed as plain fact stops trusting the rest.
 */

// Declining to say and not responding are the absence of a statement: the sentence is the reporters'.
const silentVerbs: ReadonlySet<Statement['verb']> = new Set(['declined', 'did-not-respond']);

function normal(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The names a speaker goes by: its entity's name and aliases, and how the article describes it. */
function speakerNames(base: FactBase, statement: Statement): string[] {
  const entity = base.entities.find((item) => item.id === statement.speaker.entity);
  const names = [statement.speaker.description, ...(entity ? [entity.name, ...entity.aliases] : [])];
  return names.map(normal).filter((name) => name.length > 0);
}

/**
 * True when the claim opens with the speaker as its subject, perhaps after a phrase set off by a
 * comma: "Putin thanked Trump…", "Soon after the attack, Biden administration officials confirmed…".
 * That is the reporters telling what the speaker did, not what the speaker said.
 */
function speakerOpensClaim(base: FactBase, statement: Statement): boolean {
  const lead = /^[^,]{1,60},\s*(.+)$/.exec(statement.claim);
  const openings = [statement.claim, ...(lead ? [lead[1]!] : [])].map(normal);
  return speakerNames(base, statement).some((name) =>
    openings.some((opening) => opening === name || opening.startsWith(`${name} `))
  );
}

type Span = { paragraph: string; start: number; end: number };

function spansOf(base: FactBase, evidence: readonly { paragraph: string; quote: string }[]): Span[] {
  return evidence.flatMap(({ paragraph, quote }) => {
    const text = base.article.paragraphs.find((item) => item.id === paragraph)?.text;
    const start = text?.indexOf(quote) ?? -1;
    return start < 0 ? [] : [{ paragraph, start, end: start + quote.length }];
  });
}

function overlap(a: Span, b: Span): boolean {
  return a.paragraph === b.paragraph && a.start < b.end && b.start < a.end;
}

/**
 * The statement a relation rests on, when every piece of its evidence stands inside the words of a
 * statement the article only reports. A quote that merely names the speaker ("former CIA officer
 * Douglas London") or the relation's own subject or object ("Iran's Khuzestan Province") says
 * nothing the speaker claimed, and neither does one that stands outside every such statement.
 */
function claimUnder(
  base: FactBase,
  relation: Relation,
  reported: readonly Statement[]
): Statement | undefined {
  const names = [relation.subject, relation.object].flatMap((id) => {
    const entity = base.entities.find((item) => item.id === id);
    return entity ? [entity.name, ...entity.aliases].map(normal) : [];
  });
  const naming = (quote: string) =>
    names.includes(normal(quote)) ||
    reported.some((statement) => normal(statement.speaker.description).includes(normal(quote)));
  let found: Statement | undefined;
  for (const item of relation.evidence) {
    if (naming(item.quote)) return undefined;
    const [own] = spansOf(base, [item]);
    const under = reported.find((statement) =>
      spansOf(base, statement.evidence).some((span) => own !== undefined && overlap(own, span))
    );
    if (!under) return undefined;
    found ??= under;
  }
  return found;
}

export function sourceProblems(base: FactBase): FactProblem[] {
  const problems: FactProblem[] = [];
  base.statements.forEach((statement, index) => {
    // A claim keyed as disputed with no facts shown against it leaves the student who read it as merely
    // reported with no reason to think otherwise.
    if (statement.stance === 'disputed' && !statement.against)
      problems.push({
        code: 'dispute-without-facts',
        path: ['statements', index, 'against'],
        id: statement.id,
        message: `"${statement.id}" is disputed; give in "against" the article's facts that cut against it`
      });
    if (statement.speaker.attribution === 'article') return;
    const path = ['statements', index, 'speaker'];
    if (silentVerbs.has(statement.verb)) {
      problems.push({
        code: 'silent-speaker',
        path,
        id: statement.id,
        message: `"${statement.id}": a source that ${statement.verb === 'declined' ? 'declined to say' : 'did not respond'} said nothing; write it in the article's own voice`
      });
    } else if (statement.verb !== 'claimed' && speakerOpensClaim(base, statement)) {
      // A group claiming its own deed speaks of itself; anyone else shown doing something is told of.
      problems.push({
        code: 'speaker-is-subject',
        path,
        id: statement.id,
        message: `"${statement.id}": the speaker is the subject of the claim, so the sentence tells what they did, not what they said; give it the article's own voice or the words they said`
      });
    }
  });
  const reported = base.statements.filter(
    (statement) => statement.speaker.attribution !== 'article' && statement.stance !== 'asserted'
  );
  base.relations.forEach((relation, index) => {
    if (relation.claim !== undefined) return;
    const statement = claimUnder(base, relation, reported);
    if (!statement) return;
    problems.push({
      code: 'unmarked-claim',
      path: ['relations', index, 'claim'],
      id: relation.id,
      statement: statement.id,
      message: `"${relation.id}" rests on "${statement.id}", which the article only reports; set claim to "${statement.id}"`
    });
  });
  return problems;
}
