import { citedOptions, type EvidenceSelectionQuestion } from '@newsquiz/question-bank';
import type { KindForm } from '../kind-form';

export const evidenceSelectionForm: KindForm<EvidenceSelectionQuestion> = {
  parseAnswer(question, fields) {
    const choice = fields.first().trim();
    if (!choice) return { ok: false, field: fields.name(), message: 'Choose the paragraph that says so.' };
    if (!(question.options ?? []).some((option) => option.id === choice))
      return { ok: false, field: fields.name(), message: 'That paragraph is not one of those offered.' };
    return { ok: true, response: { type: 'evidence-selection', choice } };
  },
  authoring: {
    tooFewRows: (minimum) => `Offer at least ${minimum} paragraphs.`,
    blank: { skill: 'sourcing' },
    values: (question) => ({ offered: question.options.map((option) => option.id) }),
    draft({ values, article, common, refuse }) {
      const rows = values.offered
        .map((paragraph, row) => ({ paragraph, row }))
        .filter(({ paragraph }) => paragraph !== '');
      const options = rows.flatMap(({ paragraph, row }) => {
        const found = article.paragraphs.find((candidate) => candidate.id === paragraph);
        if (!found) refuse(`offered-${row}`, 'Choose a paragraph of the article.');
        return found ? [{ id: found.id, text: found.text, row }] : [];
      });
      // In the article's order, as a reader meets them; the key is what the question cites, never typed.
      const inOrder = options.sort(
        (a, b) =>
          article.paragraphs.findIndex((paragraph) => paragraph.id === a.id) -
          article.paragraphs.findIndex((paragraph) => paragraph.id === b.id)
      );
      const offered = inOrder.map(({ id, text }) => ({ id, text }));
      const key = citedOptions({ options: offered, evidence: common.evidence });
      if (options.length > 0 && key.length === 0 && common.evidence.length > 0)
        refuse('offered', 'Offer the paragraph your evidence quotes: it is the answer a student picks.');
      return {
        draft: { ...common, type: 'evidence-selection', options: offered, key },
        sources: { options: inOrder.map(({ row }) => `offered-${row}`), key: 'offered', group: 'offered' }
      };
    }
  }
};
