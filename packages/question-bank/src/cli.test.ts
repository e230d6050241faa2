import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportJson } from './exporters/bank-json.ts';
import { exportGift } from './exporters/export-gift.ts';
import { generateBank } from './generate-bank.ts';
import { readQtiPackage } from './qti/read-qti.ts';
import { kermanBank, kermanFacts, sampleQuestions } from './test-support.ts';

const cli = join(import.meta.dirname, 'cli.ts');

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI without a terminal, as a script or CI would; several run at once to save time. */
function qbank(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const folder = mkdtempSync(join(tmpdir(), 'qbank-cli-'));
const bankFile = (name: string, questions: unknown[]) => {
  const path = join(folder, name);
  writeFileSync(path, JSON.stringify({ ...generateBank(kermanFacts(), { count: 1 }), questions }));
  return path;
};

describe('qbank CLI', () => {
  it('generates the same JSON as generateBank, with nothing on stderr', async () => {
    const run = await qbank(
      'generate',
      '--article',
      'kerman-2024',
      '--seed',
      '3',
      '--count',
      '5',
      '--types',
      'numeric,cloze'
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const expected = generateBank(kermanFacts(), { seed: 3, count: 5, types: ['numeric', 'cloze'] });
    expect(run.stdout).toBe(exportJson(expected));
  });

  it('writes each format to --out, reporting what a format leaves out', async () => {
    const qti = join(folder, 'bank.zip');
    const worksheet = join(folder, 'sheet.html');
    const answerKey = join(folder, 'sheet-answer-key.html');
    const gift = join(folder, 'bank.gift');
    const runs = await Promise.all([
      qbank('generate', '--article', 'kerman-2024', '--count', '12', '--format', 'qti', '--out', qti),
      qbank(
        'generate',
        '--article',
        'kerman-2024',
        '--count',
        '12',
        '--format',
        'worksheet',
        '--out',
        worksheet
      ),
      qbank(
        'generate',
        '--article',
        'kerman-2024',
        '--count',
        '12',
        '--format',
        'answer-key',
        '--out',
        answerKey
      ),
      qbank(
        'generate',
        '--article',
        'kerman-2024',
        '--types',
        'ordering,numeric',
        '--format',
        'gift',
        '--out',
        gift
      )
    ]);
    expect(runs.map((run) => run.code)).toEqual([0, 0, 0, 0]);
    expect(readQtiPackage(readFileSync(qti)).items).toHaveLength(12);
    expect(readFileSync(worksheet, 'utf8')).toContain('<ol class="questions">');
    expect(readFileSync(answerKey, 'utf8')).toContain(': answer key</h1>');
    const ordering = generateBank(kermanFacts(), { types: ['ordering'] }).questions.length;
    const total = generateBank(kermanFacts(), { types: ['ordering', 'numeric'] }).questions.length;
    expect(runs[3]!.stderr).toBe(
      `qbank: left out ${ordering} of ${total} questions (unsupported-type ${ordering}); --verbose lists them\n`
    );
  });

  it('exits 2 with one line for bad flags, commands and files', async () => {
    const cases = [
      ['generate', '--article', 'kerman-2024', '--count', 'many'],
      ['generate', '--article', 'kerman-2024', '--colour', 'red'],
      ['generate', '--article', 'no-such-article'],
      ['generate', '--article', 'kerman-2024', '--format', 'html'],
      ['generate', '--article', 'kerman-2024', '--count', '3', '--format', 'qti'],
      ['stats', join(folder, 'missing.json')]
    ];
    const runs = await Promise.all(cases.map((args) => qbank(...args)));
    runs.forEach((run, index) => {
      expect(run.code, cases[index]!.join(' ')).toBe(2);
      expect(run.stderr, cases[index]!.join(' ')).toMatch(/^qbank: [^\n]+\n$/);
    });
  });

  it('lints a bank: exit 0 when clean, 1 with each problem and its path', async () => {
    const [good, bad] = sampleQuestions();
    const runs = await Promise.all([
      qbank('lint', bankFile('good.json', [good])),
      qbank('lint', bankFile('bad.json', [good, { ...bad, evidence: [] }]))
    ]);
    expect(runs[0]).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('1 questions, every one passes')
    });
    expect(runs[1]!.code).toBe(1);
    expect(runs[1]!.stderr).toContain(
      `questions[1] (${bad!.id}) evidence: cite at least one paragraph and quote`
    );
  });

  it('imports a GIFT file to a JSON bank, naming the lines it could not take', async () => {
    const teacher = join(folder, 'teacher.gift');
    const file = [
      exportGift({ ...kermanBank(), questions: sampleQuestions().slice(0, 2) }).text,
      'No answers here'
    ];
    writeFileSync(teacher, file.join('\n'));
    const run = await qbank('import', teacher);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { questions: unknown[] }).questions).toEqual(
      sampleQuestions().slice(0, 2)
    );
    expect(run.stderr).toBe(`${teacher}:22: no answers: a question needs { } after its text\n`);
  });

  it('imports what Moodle saves as .gift.txt, the questions it can grade not grounded', async () => {
    const moodle = join(folder, 'from-moodle.gift.txt');
    writeFileSync(
      moodle,
      [
        '$CATEGORY: $course$/Attack',
        '',
        '::City::[html]Which <b>city</b> was hit?{=Kerman ~Tehran ~Isfahan}'
      ].join('\n')
    );
    const run = await qbank('import', moodle);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const bank = JSON.parse(run.stdout) as { title: string; questions: Record<string, unknown>[] };
    expect(bank.title).toBe('from-moodle');
    expect(bank.questions).toMatchObject([{ stem: 'Which city was hit?', grounded: false, evidence: [] }]);
  });

  it('counts a bank by type, topic, skill and difficulty, and its distinct questions', async () => {
    const run = await qbank('stats', bankFile('stats.json', sampleQuestions()));
    expect(run.code).toBe(0);
    // The samples all ask where ISIS-K is based, and one where the article says so: two distinct questions.
    expect(run.stdout).toContain('questions   total 10, distinct 2\n');
    expect(run.stdout).toContain(
      'type        cloze 1, evidence-selection 1, matching 1, multiple-response 1, numeric 2, ordering 1'
    );
    expect(run.stdout).toContain('difficulty  easy 6, medium 4\n');
  });

  it('reviews the default bank against a verdicts file: exit 1 and the items that need a verdict', async () => {
    const [first] = kermanBank(1).questions;
    const reviews = join(folder, 'review.json');
    writeFileSync(
      reviews,
      JSON.stringify({
        article: 'kerman-2024',
        seed: 1,
        items: [{ id: first!.id, stem: first!.stem, verdict: 'sound' }]
      })
    );
    const pending = join(folder, 'pending.json');
    const run = await qbank('review', '--reviews', reviews, '--out', pending);
    expect(run.code).toBe(1);
    const total = kermanBank(1).questions.length;
    expect(run.stdout).toContain(`reviewed      1 of ${total}: sound 1 (100.0%), flawed 0, unusable 0\n`);
    expect(run.stdout).toContain(`needs a verdict (${total - 1}):\n`);
    const unreviewed = JSON.parse(readFileSync(pending, 'utf8')) as { id: string }[];
    expect(unreviewed.map((question) => question.id)).not.toContain(first!.id);
    expect(unreviewed).toHaveLength(total - 1);
  });

  it('refuses a verdicts file that breaks its rules, naming the field', async () => {
    const reviews = join(folder, 'bad-review.json');
    writeFileSync(
      reviews,
      JSON.stringify({
        article: 'kerman-2024',
        seed: 1,
        items: [{ id: 'q-0123456789abcdef', stem: 'x', verdict: 'unusable' }]
      })
    );
    const run = await qbank('review', '--reviews', reviews);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${reviews}: items[0].flaws: an item judged unusable names its flaws`);
  });
});
