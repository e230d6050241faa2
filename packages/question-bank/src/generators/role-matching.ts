import type { Person, Role } from '@newsquiz/facts';
import type { FactIndex } from '../fact-index.ts';
import { lengthsSimilar } from '../gates/option-rules.ts';
import { normaliseAnswer } from '../normalise-answer.ts';
import type { QuestionDraft } from '../question.ts';
import { evidenceOf, repeatsMost, shuffledChoices, topicOf, type Generator } from './generator-context.ts';

/** The words of a person's names long enough to give a role away: "irgc", "aerospace". */
function nameWords(person: Person): string[] {
  return [person.name, ...person.aliases].flatMap((name) =>
    normaliseAnswer(name)
      .split(' ')
      .filter((word) => word.length >= 4)
  );
}

/** A role as the article gives it, in its time: "former CIA officer", "then-President". */
function roleTitle(role: Role): string {
  return role.status === 'former'
    ? `former ${role.title}`
    : role.status === 'then'
      ? `then-${role.title}`
      : role.title;
}

/** The relations that state a person's role: a member, leader or commander of its organization. */
function roleRelations(index: FactIndex, person: Person, role: Role): string[] {
  return index.base.relations
    .filter((relation) => relation.subject === person.id && relation.object === role.organization)
    .map((relation) => relation.id);
}

/**
 * Match people to the role the article gives them, with one role to spare, so the last pair is not
 * found by elimination. A role is used only when it fits one person: not one two people share, nor one
 * inside another ("President" is in "Russian President").
 */
const roleMatching: Generator = ({ index, random, variants }) => {
  // Who wrote the article is not in the news it reports: "contributor to the article" is no role to learn.
  const { authors, contributors } = index.base.article;
  const bylines = new Set([...authors, ...contributors]);
  const people = index.base.entities.filter(
    (entity): entity is Person => entity.type === 'person' && !bylines.has(entity.name)
  );
  const roles = people.flatMap((person) =>
    person.roles.map((role) => {
      const title = roleTitle(role);
      return { person, role, title, normal: normaliseAnswer(title) };
    })
  );
  const usable = roles.filter(
    (role) =>
      role.normal.split(' ').length >= 2 &&
      !nameWords(role.person).some((word) => ` ${role.normal} `.includes(` ${word} `)) &&
      roles.every(
        (other) =>
          other === role ||
          (other.normal !== role.normal &&
            !` ${other.normal} `.includes(` ${role.normal} `) &&
            !` ${role.normal} `.includes(` ${other.normal} `))
      )
  );
  const drafts = new Map<string, QuestionDraft>();
  for (let attempt = 0; attempt < variants * 3 && drafts.size < variants; attempt++) {
    const chosen: typeof usable = [];
    for (const role of random.shuffle(usable)) {
      if (chosen.length === 4) break;
      if (chosen.some((other) => other.person.id === role.person.id)) continue;
      if (!lengthsSimilar([...chosen, role].map((item) => item.title))) continue;
      chosen.push(role);
    }
    if (chosen.length < 4) break;
    const matched = chosen.slice(0, 3);
    const signature = chosen
      .map((role) => `${role.person.id}:${role.title}`)
      .sort()
      .join(' ');
    if (
      drafts.has(signature) ||
      repeatsMost(
        chosen.map((role) => role.person.id),
        [...drafts.values()]
      )
    )
      continue;
    const prompts = matched.map((role, position) => ({ id: String(position + 1), text: role.person.name }));
    const { choices, idOf } = shuffledChoices(
      random,
      chosen.map((role) => role.title)
    );
    const spare = chosen[3]!;
    drafts.set(signature, {
      type: 'matching',
      stem: 'Match each person to the role the article gives them. One role is left over.',
      prompts,
      options: choices,
      key: matched.map((role, position) => ({ prompt: String(position + 1), option: idOf(role.title) })),
      explanation: [
        ...matched.map((role) => `${role.person.name}: ${role.title}.`),
        `The role left over, ${spare.title}, is ${spare.person.name}'s.`
      ].join(' '),
      evidence: evidenceOf(chosen.map((role) => role.person)),
      // The relations a role stands on ask the same thing: "London was a member of the CIA".
      factIds: matched.flatMap((role) => [role.person.id, ...roleRelations(index, role.person, role.role)]),
      topic: topicOf(matched.map((role) => role.person)),
      skill: 'recall'
    });
  }
  return [...drafts.values()];
};

export const matchingGenerators: Record<string, Generator> = { 'role-matching': roleMatching };
