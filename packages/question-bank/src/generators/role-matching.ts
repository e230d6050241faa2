import type { Person, Role } from '@newsquiz/facts';
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

/**
 * Match people to the role the article gives them. A role is used only when it fits one person:
 * not one two people share, nor one inside another ("President" is in "Russian President").
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
      return { person, title, normal: normaliseAnswer(title) };
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
    if (chosen.length < 3) break;
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
    const prompts = chosen.map((role, position) => ({ id: String(position + 1), text: role.person.name }));
    const { choices, idOf } = shuffledChoices(
      random,
      chosen.map((role) => role.title)
    );
    drafts.set(signature, {
      type: 'matching',
      stem: 'Match each person to the role the article gives them.',
      prompts,
      options: choices,
      key: chosen.map((role, position) => ({ prompt: String(position + 1), option: idOf(role.title) })),
      explanation: chosen.map((role) => `${role.person.name}: ${role.title}.`).join(' '),
      evidence: evidenceOf(chosen.map((role) => role.person)),
      factIds: chosen.map((role) => role.person.id),
      topic: topicOf(chosen.map((role) => role.person)),
      skill: 'recall'
    });
  }
  return [...drafts.values()];
};

export const matchingGenerators: Record<string, Generator> = { 'role-matching': roleMatching };
