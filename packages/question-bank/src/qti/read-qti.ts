import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { clozeBlank, type Question } from '../question.ts';
import { evidenceClass } from './qti-item.ts';

/** What a QTI item carries of a question: everything but evidence, fact ids, topic, skill, difficulty. */
export type QtiQuestion = Pick<Question, 'id' | 'type' | 'stem' | 'explanation'> & {
  options?: { id: string; text: string }[];
  prompts?: { id: string; text: string }[];
  passage?: string;
  unit?: string;
  key: unknown;
};

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false
});

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[nameOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  return node[':@']?.[name];
}

function textOf(node: XmlNode): string {
  if ('#text' in node) return String(node['#text']);
  return childrenOf(node).map(textOf).join('');
}

/** Every element named `name` under `node`, depth first. */
function findAll(node: XmlNode, name: string): XmlNode[] {
  return childrenOf(node).flatMap((child) => [
    ...(nameOf(child) === name ? [child] : []),
    ...findAll(child, name)
  ]);
}

function find(node: XmlNode, name: string): XmlNode | undefined {
  return findAll(node, name)[0];
}

function choicesOf(node: XmlNode, element: string, unprefix = false) {
  return findAll(node, element).map((choice) => {
    const id = attr(choice, 'identifier')!;
    return { id: unprefix ? id.replace(/^p/, '') : id, text: textOf(choice) };
  });
}

/** Reads one item we wrote back into the parts of a question it holds. */
export function readQtiItem(xml: string): QtiQuestion {
  const root = { root: parser.parse(xml) as XmlNode[] } as XmlNode;
  const item = find(root, 'qti-assessment-item')!;
  const id = attr(item, 'identifier')!;
  const declaration = find(item, 'qti-response-declaration')!;
  const correct = findAll(find(declaration, 'qti-correct-response')!, 'qti-value').map(textOf);
  const explanation = textOf(find(find(item, 'qti-modal-feedback')!, 'p')!);
  const body = find(item, 'qti-item-body')!;
  const prompt = find(body, 'qti-prompt');
  const stemParagraph = findAll(body, 'p').find((p) => attr(p, 'class') === 'stem');
  const stem = textOf(prompt ?? stemParagraph!);
  const choice = find(body, 'qti-choice-interaction');
  if (choice) {
    const options = choicesOf(choice, 'qti-simple-choice');
    if (attr(choice, 'class') === evidenceClass) {
      // Several paragraphs may each be right: the mapping, not the one correct value, names them all.
      const mapped = findAll(declaration, 'qti-map-entry').map((entry) => attr(entry, 'map-key')!);
      return { id, type: 'evidence-selection', stem, explanation, options, key: mapped };
    }
    if (options.map((option) => option.id).join() === 'true,false') {
      return { id, type: 'true-false', stem, explanation, key: correct[0] === 'true' };
    }
    if (attr(choice, 'max-choices') === '1')
      return { id, type: 'single-choice', stem, explanation, options, key: correct[0] };
    return { id, type: 'multiple-response', stem, explanation, options, key: correct };
  }
  const order = find(body, 'qti-order-interaction');
  if (order)
    return {
      id,
      type: 'ordering',
      stem,
      explanation,
      options: choicesOf(order, 'qti-simple-choice'),
      key: correct
    };
  const match = find(body, 'qti-match-interaction');
  if (match) {
    const [promptSet, optionSet] = findAll(match, 'qti-simple-match-set');
    const key = correct.map((pair) => {
      const [prompt = '', option = ''] = pair.split(' ');
      return { prompt: prompt.replace(/^p/, ''), option };
    });
    return {
      id,
      type: 'matching',
      stem,
      explanation,
      prompts: choicesOf(promptSet!, 'qti-simple-associable-choice', true),
      options: choicesOf(optionSet!, 'qti-simple-associable-choice'),
      key
    };
  }
  if (attr(declaration, 'base-type') === 'float') {
    const tolerance = (attr(find(item, 'qti-equal')!, 'tolerance') ?? '0').split(' ').map(Number);
    const value = Number(correct[0]);
    const unitNode = findAll(body, 'span').find((span) => attr(span, 'class') === 'unit');
    const key =
      tolerance.length === 2
        ? { kind: 'range', min: value, max: value + tolerance[1]! }
        : { kind: 'tolerance', value, tolerance: tolerance[0]! };
    return { id, type: 'numeric', stem, explanation, key, ...(unitNode ? { unit: textOf(unitNode) } : {}) };
  }
  const accepted = findAll(declaration, 'qti-map-entry').map((entry) => attr(entry, 'map-key')!);
  const passage = findAll(body, 'p').find((p) => attr(p, 'class') === 'passage');
  if (!passage) return { id, type: 'short-answer', stem, explanation, key: accepted };
  const text = childrenOf(passage)
    .map((child) => (nameOf(child) === 'qti-text-entry-interaction' ? clozeBlank : textOf(child)))
    .join('');
  return { id, type: 'cloze', stem, explanation, passage: text, key: accepted };
}

export type QtiPackageContents = { files: string[]; manifest: string; test: string; items: QtiQuestion[] };

/** Unzips a package we wrote and reads its items in the order the test lists them. */
export function readQtiPackage(data: Uint8Array): QtiPackageContents {
  const files = unzipSync(data);
  const text = (path: string) => strFromU8(files[path]!);
  const test = text('assessment-test.xml');
  const root = { root: parser.parse(test) as XmlNode[] } as XmlNode;
  const hrefs = findAll(root, 'qti-assessment-item-ref').map((ref) => attr(ref, 'href')!);
  return {
    files: Object.keys(files).sort(),
    manifest: text('imsmanifest.xml'),
    test,
    items: hrefs.map((href) => readQtiItem(text(href)))
  };
}
