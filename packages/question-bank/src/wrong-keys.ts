import type { Entity, FactBase, Statement } from '@newsquiz/facts';
import { closeFacts } from './fact-closure.ts';
import { relationTemplates } from './generators/relation-templates.ts';
import { normaliseAnswer } from './normalise-answer.ts';
import type { Question } from './question.ts';
import type { QuestionBank } from './question-bank.ts';

/**
 * Reads a bank back against its facts and names every key a teacher would find wrong, by cause. It
 * works from the bank's JSON alone (fact ids, texts and keys), so it judges a bank made by any
 * version of the generators: the property tests hold every seed to it, and it measured the old ones.
 */
export type WrongKeyCause =
  /** A tie that no longer holds, written in the present tense: "Donald Trump leads United States". */
  | 'past-in-present'
  /** A distractor or a statement keyed false that the closure makes true or may make true. */
  | 'false-may-hold'
  /** Two options of which one is, or is part of, the other: "CIA" beside "U.S. government". */
  | 'overlapping-options'
  /** A source's claim asked as plain fact, or the reporters' own sentence given as a source's. */
  | 'claim-as-fact';

export type WrongKey = { cause: WrongKeyCause; question: string; detail: string };

const pastWords = /\b(was|were|did|had|formerly|former|led|commanded|belonged|then)\b|\bthen-/i;
// Templates that are worded in the past already, or hold in any time.
const timeless = new Set(['weakened-by', 'responsible-for', 'killed-in', 'ordered', 'thanked', 'located-in']);

function keyed(question: Question, id: string): boolean {
  return Array.isArray(question.key) ? (question.key as string[]).includes(id) : question.key === id;
}

export function wrongKeys(bank: QuestionBank, base: FactBase): WrongKey[] {
  const closure = closeFacts(base);
  const relations = new Map(base.relations.map((relation) => [relation.id, relation]));
  const statements = new Map(base.statements.map((statement) => [statement.id, statement]));
  const entities = new Map(base.entities.map((entity) => [entity.id, entity]));
  const byName = new Map<string, Entity[]>();
  for (const entity of base.entities) {
    for (const name of new Set([entity.name, ...entity.aliases].map(normaliseAnswer))) {
      byName.set(name, [...(byName.get(name) ?? []), entity]);
    }
  }
  const named = (text: string): Entity | undefined => {
    const owners = byName.get(normaliseAnswer(text.replace(/^the /i, '')));
    return owners?.length === 1 ? owners[0] : undefined;
  };
  /** What an option names: an entity, a source's body ("unnamed U.S. government officials"), or any officials. */
  const optionEntity = (text: string): string | 'any-officials' | undefined => {
    const direct = named(text);
    if (direct) return direct.id;
    const unnamed = /^unnamed (?:former )?(.+?)(?: officials)?$/.exec(text);
    if (!unnamed) return undefined;
    if (unnamed[1] === 'officials') return 'any-officials';
    return named(unnamed[1]!)?.id ?? named(`${unnamed[1]} officials`)?.id;
  };
  const pastRoleTitles = new Set(
    base.entities.flatMap((entity) =>
      entity.type === 'person'
        ? entity.roles.filter((role) => role.status !== 'current').map((role) => role.title)
        : []
    )
  );

  const isFormer = (text: string, id: string) => {
    const entity = entities.get(id);
    const roles = entity?.type === 'person' ? entity.roles : [];
    return /\bformer\b/i.test(text) || (roles.length > 0 && roles.every((role) => role.status !== 'current'));
  };

  const found: WrongKey[] = [];
  const report = (cause: WrongKeyCause, question: Question, detail: string) =>
    found.push({ cause, question: `${question.id}: ${question.stem}`, detail });

  for (const question of bank.questions) {
    const rels = question.factIds.flatMap((id) => (relations.has(id) ? [relations.get(id)!] : []));
    const asked = rels.filter((relation) => relationTemplates[relation.predicate]);
    const options = 'options' in question && question.type !== 'ordering' ? question.options : [];

    // Time: a past tie asked or stated in the present tense; a past role offered as a current one.
    // A cloze passage is the article's own words, tense and all.
    for (const relation of question.type === 'cloze' ? [] : asked) {
      if (
        relation.status !== 'current' &&
        !timeless.has(relation.predicate) &&
        !pastWords.test(question.stem)
      ) {
        report('past-in-present', question, `${relation.id} is ${relation.status}`);
      }
    }
    if (question.type === 'matching') {
      for (const option of question.options) {
        if (pastRoleTitles.has(option.text)) report('past-in-present', question, `role "${option.text}"`);
      }
    }

    // Claims: a relation only a source vouches for must be asked as that source's.
    if (question.type !== 'cloze') {
      for (const relation of asked) {
        const claim = relation.claim ? statements.get(relation.claim) : undefined;
        if (claim && !attributes(question.stem, claim, entities)) {
          report('claim-as-fact', question, `${relation.id} rests on ${claim.id}`);
        }
      }
    }
    // Evidence selection asks where the article says a thing, never who said it, so it names no source.
    if (question.skill === 'sourcing' && question.type !== 'evidence-selection') {
      for (const id of question.factIds) {
        if (statements.get(id)?.speaker.attribution === 'article') {
          report('claim-as-fact', question, `${id} is the reporters' own sentence, given a source`);
        }
      }
    }

    // Truth under the closure: every distractor, and every statement keyed false, must be false.
    const relation = asked[0];
    const template = relation ? relationTemplates[relation.predicate] : undefined;
    if (relation && template && question.skill === 'recall') {
      const group = asked.filter((other) => other.predicate === relation.predicate);
      const answers = group.map((other) => (template.ask === 'object' ? other.object : other.subject));
      const mayHold = (id: string) =>
        answers.some((answer) => closure.related(answer, id)) ||
        (template.ask === 'object'
          ? closure.mayHold(relation.subject, relation.predicate, id)
          : closure.mayHold(id, relation.predicate, relation.object));
      const wrongs: string[] = [];
      if (question.type === 'true-false' && question.key === false) wrongs.push(question.factIds.at(-1)!);
      if (question.type === 'single-choice' || question.type === 'multiple-response') {
        for (const option of question.options) {
          const id = keyed(question, option.id) ? undefined : named(option.text)?.id;
          if (id) wrongs.push(id);
        }
      }
      for (const id of wrongs) {
        if (mayHold(id)) report('false-may-hold', question, `${id} may hold by ${relation.id}`);
      }
    }

    // Overlap: no option is, or is part of, another, unless both are right.
    for (const [i, first] of options.entries()) {
      for (const second of options.slice(i + 1)) {
        if (keyed(question, first.id) && keyed(question, second.id)) continue;
        const a = optionEntity(first.text);
        const b = optionEntity(second.text);
        if (a === undefined || b === undefined) continue;
        const anyOfficials =
          (a === 'any-officials' && second.text.startsWith('unnamed')) ||
          (b === 'any-officials' && first.text.startsWith('unnamed'));
        // Former officials and current ones are different people, whatever body both served.
        const sameTime = isFormer(first.text, a) === isFormer(second.text, b);
        if (
          anyOfficials ||
          (a !== 'any-officials' && b !== 'any-officials' && sameTime && closure.overlap(a, b))
        ) {
          report('overlapping-options', question, `"${first.text}" / "${second.text}"`);
        }
      }
    }
  }
  return found;
}

/** True when the stem names the source of the claim ("According to Alex Vatanka, …"), not the article. */
function attributes(stem: string, claim: Statement, entities: ReadonlyMap<string, Entity>): boolean {
  const entity = claim.speaker.entity ? entities.get(claim.speaker.entity) : undefined;
  const names = [claim.speaker.description, ...(entity ? [entity.name, ...entity.aliases] : [])];
  const normal = normaliseAnswer(stem);
  return (
    /according to (?!the article)/i.test(stem) && names.some((name) => normal.includes(normaliseAnswer(name)))
  );
}
