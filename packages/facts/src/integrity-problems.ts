import { formatPath, type FactProblem, type ProblemPath } from './fact-problem.ts';
import { factSections } from './schema/fact-base.ts';

/**
 * Checks that need the whole file: unique ids, references that resolve to the right kind of fact, and
 * evidence quotes found verbatim in the paragraph they name. It reads the raw input defensively so it
 * can report alongside schema problems instead of waiting for them to be fixed.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entries(value: unknown): [number, Json][] {
  return Array.isArray(value)
    ? value.flatMap((item, index): [number, Json][] => (isObject(item) ? [[index, item]] : []))
    : [];
}

/** What a referenced id must be: any fact, an entity, a place entity, an event, an entity or event, a statement, a topic. */
type Expectation = 'fact' | 'entity' | 'place' | 'event' | 'entity-or-event' | 'statement' | 'topic';

type Reference = { path: ProblemPath; id: unknown; expects: Expectation };

function referencesOf(fact: Json, path: ProblemPath): Reference[] {
  const refs: Reference[] = [];
  const add = (field: ProblemPath, id: unknown, expects: Expectation) => {
    if (id !== undefined) refs.push({ path: [...path, ...field], id, expects });
  };
  const each = (field: string, expects: Expectation) => {
    if (Array.isArray(fact[field])) fact[field].forEach((id, i) => add([field, i], id, expects));
  };
  each('topics', 'topic');
  switch (fact['kind']) {
    case 'entity':
      for (const [i, role] of entries(fact['roles']))
        add(['roles', i, 'organization'], role['organization'], 'entity');
      add(['nationality'], fact['nationality'], 'place');
      add(['within'], fact['within'], 'place');
      break;
    case 'event':
      each('places', 'place');
      for (const [i, actor] of entries(fact['actors']))
        add(['actors', i, 'entity'], actor['entity'], 'entity');
      break;
    case 'quantity':
      add(['event'], fact['event'], 'event');
      add(['subject'], fact['subject'], 'entity');
      break;
    case 'statement':
      if (isObject(fact['speaker'])) {
        add(['speaker', 'entity'], fact['speaker']['entity'], 'entity');
        add(['speaker', 'affiliation'], fact['speaker']['affiliation'], 'entity');
      }
      each('about', 'fact');
      break;
    case 'relation':
      add(['subject'], fact['subject'], 'entity-or-event');
      add(['object'], fact['object'], 'entity-or-event');
      add(['claim'], fact['claim'], 'statement');
      break;
    case 'idea':
      each('about', 'fact');
      for (const [i, answer] of entries(fact['answers']))
        add(['answers', i, 'source'], answer['source'], 'statement');
      break;
  }
  return refs;
}

function describeFact(fact: Json): string {
  return fact['kind'] === 'entity' ? `${String(fact['type'])} entity` : String(fact['kind']);
}

function fits(fact: Json, expects: Expectation): boolean {
  switch (expects) {
    case 'fact':
    case 'topic':
      return true;
    case 'entity':
      return fact['kind'] === 'entity';
    case 'place':
      return fact['kind'] === 'entity' && fact['type'] === 'place';
    case 'event':
      return fact['kind'] === 'event';
    case 'entity-or-event':
      return fact['kind'] === 'entity' || fact['kind'] === 'event';
    case 'statement':
      return fact['kind'] === 'statement';
  }
}

function duplicateProblems(items: [ProblemPath, unknown][], what: string): FactProblem[] {
  const seen = new Map<string, ProblemPath>();
  const problems: FactProblem[] = [];
  for (const [path, id] of items) {
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first) {
      problems.push({
        code: 'duplicate-id',
        path,
        id,
        message: `duplicate ${what} id "${id}", first used at ${formatPath(first)}`
      });
    } else {
      seen.set(id, path);
    }
  }
  return problems;
}

export function integrityProblems(input: unknown): FactProblem[] {
  if (!isObject(input)) return [];
  const problems: FactProblem[] = [];

  const article = isObject(input['article']) ? input['article'] : {};
  const paragraphs = entries(article['paragraphs']);
  const paragraphText = new Map<string, string>();
  for (const [, paragraph] of paragraphs) {
    if (typeof paragraph['id'] === 'string' && typeof paragraph['text'] === 'string') {
      paragraphText.set(paragraph['id'], paragraph['text']);
    }
  }
  problems.push(
    ...duplicateProblems(
      paragraphs.map(([i, p]) => [['article', 'paragraphs', i, 'id'], p['id']]),
      'paragraph'
    )
  );

  const topics = entries(input['topics']);
  const topicIds = new Set(topics.map(([, topic]) => topic['id']));
  problems.push(
    ...duplicateProblems(
      topics.map(([i, t]) => [['topics', i, 'id'], t['id']]),
      'topic'
    )
  );

  const facts = factSections.flatMap((section) =>
    entries(input[section]).map(([i, fact]): [ProblemPath, Json] => [[section, i], fact])
  );
  problems.push(
    ...duplicateProblems(
      facts.map(([path, fact]) => [[...path, 'id'], fact['id']]),
      'fact'
    )
  );
  const factsById = new Map<unknown, Json>();
  for (const [, fact] of facts) if (!factsById.has(fact['id'])) factsById.set(fact['id'], fact);

  for (const [path, fact] of facts) {
    for (const ref of referencesOf(fact, path)) {
      if (typeof ref.id !== 'string') continue;
      if (ref.expects === 'topic') {
        if (!topicIds.has(ref.id)) {
          problems.push({
            code: 'unknown-reference',
            path: ref.path,
            id: ref.id,
            message: `unknown topic "${ref.id}"`
          });
        }
        continue;
      }
      const target = factsById.get(ref.id);
      if (!target) {
        problems.push({
          code: 'unknown-reference',
          path: ref.path,
          id: ref.id,
          message: `unknown fact id "${ref.id}"`
        });
      } else if (!fits(target, ref.expects)) {
        const found = describeFact(target);
        problems.push({
          code: 'wrong-reference-kind',
          path: ref.path,
          id: ref.id,
          expected: ref.expects,
          found,
          message: `"${ref.id}" is a ${found}, expected ${ref.expects.replaceAll('-', ' ')}`
        });
      }
    }

    problems.push(...evidenceProblems(fact['evidence'], [...path, 'evidence'], paragraphText));
    problems.push(...evidenceProblems(fact['against'], [...path, 'against'], paragraphText));
    for (const [i, answer] of entries(fact['answers'])) {
      problems.push(
        ...evidenceProblems(answer['evidence'], [...path, 'answers', i, 'evidence'], paragraphText)
      );
    }
    for (const [i, misreading] of entries(fact['misreadings'])) {
      problems.push(
        ...evidenceProblems(misreading['evidence'], [...path, 'misreadings', i, 'evidence'], paragraphText)
      );
    }
    problems.push(...nearMissProblems(fact, path, paragraphText));
  }
  return problems;
}

/** A near miss is a paragraph of the article that supports none of the idea's answers. */
function nearMissProblems(
  idea: Json,
  path: ProblemPath,
  paragraphText: ReadonlyMap<string, string>
): FactProblem[] {
  const supporting = new Set(
    entries(idea['answers']).flatMap(([, answer]) =>
      entries(answer['evidence']).map(([, evidence]) => evidence['paragraph'])
    )
  );
  const nearMisses: unknown[] = Array.isArray(idea['nearMisses']) ? idea['nearMisses'] : [];
  return nearMisses.flatMap((paragraph, i): FactProblem[] => {
    if (typeof paragraph !== 'string') return [];
    const where = [...path, 'nearMisses', i];
    if (!paragraphText.has(paragraph))
      return [
        { code: 'unknown-paragraph', path: where, paragraph, message: `unknown paragraph "${paragraph}"` }
      ];
    if (supporting.has(paragraph))
      return [
        {
          code: 'near-miss-supports',
          path: where,
          paragraph,
          message: `paragraph ${paragraph} supports an answer of this idea, so it is no near miss`
        }
      ];
    return [];
  });
}

/** Each quote must stand verbatim in the paragraph it names. */
function evidenceProblems(
  list: unknown,
  listPath: ProblemPath,
  paragraphText: ReadonlyMap<string, string>
): FactProblem[] {
  const problems: FactProblem[] = [];
  for (const [i, evidence] of entries(list)) {
    const { paragraph, quote } = evidence;
    if (typeof paragraph !== 'string' || typeof quote !== 'string') continue;
    const text = paragraphText.get(paragraph);
    const evidencePath = [...listPath, i];
    if (text === undefined) {
      problems.push({
        code: 'unknown-paragraph',
        path: [...evidencePath, 'paragraph'],
        paragraph,
        message: `unknown paragraph "${paragraph}"`
      });
    } else if (!text.includes(quote)) {
      const elsewhere = [...paragraphText].find(([, other]) => other.includes(quote))?.[0];
      problems.push({
        code: 'quote-not-found',
        path: [...evidencePath, 'quote'],
        paragraph,
        quote,
        message:
          `quote not found in paragraph ${paragraph}: ${JSON.stringify(quote)}` +
          (elsewhere ? ` (it stands in ${elsewhere})` : '')
      });
    }
  }
  return problems;
}
