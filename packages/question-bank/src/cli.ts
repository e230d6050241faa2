import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { listArticleIds, loadFactBase } from '@newsquiz/facts';
import { parseBankOptions, type BankOptionsInput } from './bank-options.ts';
import { bankStats } from './bank-stats.ts';
import { formatBankReport, reportBank } from './bank-review.ts';
import { BankReview } from './review-file.ts';
import { exportJson, parseBankJson } from './exporters/bank-json.ts';
import type { SkippedQuestion } from './exporters/export-report.ts';
import { importGift } from './exporters/import-gift.ts';
import { lintQuestion } from './gates/lint-question.ts';
import { FormatId, formats } from './formats.ts';
import { formatQuestionPath, formatQuestionProblem } from './gates/question-problem.ts';
import { generateBank } from './generate-bank.ts';
import { questionBankJsonSchemaText } from './json-schema.ts';
import { questionBankSchemaPath, reviewPath } from './package-paths.ts';
import type { Question } from './question.ts';
import type { QuestionBank } from './question-bank.ts';

const formatList = FormatId.options.join(', ');

const usage = `Usage: qbank <command>

Commands:
  generate --article <id> [--seed N] [--count N] [--types t,...] [--topics t,...] [--skills s,...]
           [--difficulty d,...] [--variants N] [--format F] [--out path] [--verbose]
                       a question bank; F is one of ${formatList} (json by default);
                       qti and kahoot are binary and need --out; what a format cannot hold is counted on
                       stderr, or listed with --verbose
  lint <file>          hold a bank (.json) or GIFT file (.gift, .gift.txt) to the quality gates; exit 1 with every problem
  import <file.gift>   a GIFT file (.gift, .gift.txt) as a JSON bank [--out path] [--topic id]; exit 1 with errors by line
  stats <file>         counts by type, topic, skill and difficulty of a bank (.json) or GIFT file, and how
                       many questions are distinct once near-duplicates collapse
  schema [--write]     the JSON Schema of a bank file (--write updates the committed copy)`;

class UsageError extends Error {}

function list(values: string[] | undefined): string[] | undefined {
  const items = values
    ?.flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
  return items && items.length > 0 ? items : undefined;
}

function integer(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} must be a whole number, not "${value}"`);
  return Number(value);
}

function readText(file: string): string {
  if (!existsSync(file)) throw new UsageError(`no file at ${file}`);
  return readFileSync(file, 'utf8');
}

// Moodle saves GIFT as .gift.txt; either name is a GIFT file.
const giftName = /\.gift(\.txt)?$/i;
const isGiftFile = (file: string) => giftName.test(file);

/** A bank from a .json file or, for a GIFT file, the questions it holds. */
function readQuestions(file: string): { questions: Question[]; problems: string[]; article?: string } {
  const text = readText(file);
  if (isGiftFile(file)) {
    const imported = importGift(text);
    const rejected = imported.errors.flatMap((error) => (error.code === 'rejected' ? [error.question] : []));
    return {
      questions: [...imported.questions, ...rejected],
      problems: imported.errors.map((error) => `line ${error.line}: ${error.message}`)
    };
  }
  const parsed = parseBankJson(text);
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    const where = formatQuestionPath(first.path);
    throw new UsageError(`${file} is not a question bank: ${where ? `${where}: ` : ''}${first.message}`);
  }
  return { questions: parsed.bank.questions, problems: [], article: parsed.bank.article };
}

function write(out: string | undefined, content: string | Uint8Array): void {
  if (out) writeFileSync(out, content);
  else process.stdout.write(content);
}

/** One line on what a format left out, or a line per question with --verbose. */
function reportSkipped(skipped: readonly SkippedQuestion[], total: number, verbose: boolean): void {
  if (skipped.length === 0) return;
  if (verbose) {
    for (const item of skipped) process.stderr.write(`qbank: left out ${item.questionId}: ${item.message}\n`);
    return;
  }
  const counts = new Map<string, number>();
  for (const item of skipped) counts.set(item.code, (counts.get(item.code) ?? 0) + 1);
  const reasons = [...counts].map(([code, count]) => `${code} ${count}`).join(', ');
  process.stderr.write(
    `qbank: left out ${skipped.length} of ${total} questions (${reasons}); --verbose lists them\n`
  );
}

async function generate(values: Record<string, string | string[] | boolean | undefined>): Promise<number> {
  const article = values.article as string | undefined;
  if (!article) throw new UsageError('generate needs --article <id>');
  if (!listArticleIds().includes(article)) {
    throw new UsageError(`unknown article "${article}" (bundled: ${listArticleIds().join(', ')})`);
  }
  const format = FormatId.safeParse((values.format as string | undefined) ?? 'json');
  if (!format.success) {
    throw new UsageError(`--format must be one of ${formatList}, not "${String(values.format)}"`);
  }
  const out = values.out as string | undefined;
  const input: BankOptionsInput = {
    seed: integer(values.seed as string | undefined, 'seed'),
    count: integer(values.count as string | undefined, 'count'),
    variants: integer(values.variants as string | undefined, 'variants'),
    types: list(values.types as string[] | undefined) as BankOptionsInput['types'],
    topics: list(values.topics as string[] | undefined),
    skills: list(values.skills as string[] | undefined) as BankOptionsInput['skills'],
    difficulty: list(values.difficulty as string[] | undefined) as BankOptionsInput['difficulty']
  };
  const options = parseBankOptions(JSON.parse(JSON.stringify(input)));
  if (!options.ok) {
    const [problem] = options.problems;
    throw new UsageError(
      `--${formatQuestionPath(problem!.path).replace(/\[\d+\]$/, '')}: ${problem!.message}`
    );
  }
  // Progress is for a person watching; it goes to stderr and only to a terminal.
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => process.stderr.write(`\rgenerating questions: ${done}/${total}`)
    : undefined;
  const bank = generateBank(loadFactBase(article), options.options, progress);
  if (progress) process.stderr.write('\n');
  await writeFormat(bank, format.data, out, values.verbose === true);
  return 0;
}

async function writeFormat(
  bank: QuestionBank,
  format: FormatId,
  out: string | undefined,
  verbose: boolean
): Promise<void> {
  const { body, skipped } = await formats[format].export(bank);
  if (!out && typeof body !== 'string') throw new UsageError(`--format ${format} needs --out <path>`);
  reportSkipped(skipped, bank.questions.length, verbose);
  write(out, body);
}

function lint(file: string): number {
  const { questions, problems } = readQuestions(file);
  const lines = [...problems];
  if (!isGiftFile(file)) {
    questions.forEach((question, index) => {
      const result = lintQuestion(question);
      if (!result.ok) {
        for (const problem of result.problems)
          lines.push(`questions[${index}] (${question.id}) ${formatQuestionProblem(problem)}`);
      }
    });
  }
  if (lines.length > 0) {
    process.stderr.write(
      `${file}: ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.map((line) => `  ${line}`).join('\n')}\n`
    );
    return 1;
  }
  process.stdout.write(`${file}: ${questions.length} questions, every one passes the quality gates\n`);
  return 0;
}

function importCommand(
  file: string,
  values: Record<string, string | string[] | boolean | undefined>
): number {
  if (!isGiftFile(file)) throw new UsageError(`import reads a .gift or .gift.txt file, not ${file}`);
  const topic = values.topic as string | undefined;
  const imported = importGift(readText(file), topic ? { topic } : {});
  const bank: QuestionBank = {
    format: 'newsquiz-question-bank',
    version: 1,
    article: (values.article as string | undefined) ?? 'teacher',
    title: basename(file).replace(giftName, ''),
    questions: imported.questions
  };
  write(values.out as string | undefined, exportJson(bank));
  for (const error of imported.errors) process.stderr.write(`${file}:${error.line}: ${error.message}\n`);
  return imported.errors.length > 0 ? 1 : 0;
}

/** The entity ids of the bank's article, which near-duplicates may share; none for a GIFT file. */
function entityIdsOf(article: string | undefined): Set<string> {
  if (!article || !listArticleIds().includes(article)) return new Set();
  return new Set(loadFactBase(article).entities.map((entity) => entity.id));
}

function stats(file: string): number {
  const { questions, article } = readQuestions(file);
  const summary = bankStats(questions, entityIdsOf(article));
  const line = (label: string, counts: Record<string, number>) =>
    `${label.padEnd(12)}${Object.entries(counts)
      .map(([name, count]) => `${name} ${count}`)
      .join(', ')}`;
  process.stdout.write(
    [
      line('questions', { total: summary.total, distinct: summary.distinct }),
      line('type', summary.byType),
      line('topic', summary.byTopic),
      line('skill', summary.bySkill),
      line('difficulty', summary.byDifficulty)
    ].join('\n') + '\n'
  );
  return 0;
}

/** The seed of the bank teachers browse, which the committed review reads. */
const defaultSeed = 1;

function readReview(file: string): BankReview | undefined {
  if (!existsSync(file)) return undefined;
  const parsed = BankReview.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new UsageError(
      `${file}: ${formatQuestionPath(issue!.path as (string | number)[])}: ${issue!.message}`
    );
  }
  return parsed.data;
}

function review(values: Record<string, string | string[] | boolean | undefined>): number {
  const article = (values.article as string | undefined) ?? 'kerman-2024';
  if (!listArticleIds().includes(article)) throw new UsageError(`unknown article "${article}"`);
  const facts = loadFactBase(article);
  const bank = generateBank(facts, { seed: defaultSeed });
  const report = reportBank(
    bank,
    facts,
    readReview((values.reviews as string | undefined) ?? reviewPath(article))
  );
  process.stdout.write(formatBankReport(report));
  const out = values.out as string | undefined;
  if (out) writeFileSync(out, `${JSON.stringify(report.unreviewed, null, 2)}\n`);
  return report.flagged.length > 0 || report.verdicts.unusable > 0 || report.unreviewed.length > 0 ? 1 : 0;
}

async function run(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      article: { type: 'string' },
      seed: { type: 'string' },
      count: { type: 'string' },
      variants: { type: 'string' },
      types: { type: 'string', multiple: true },
      topics: { type: 'string', multiple: true },
      skills: { type: 'string', multiple: true },
      difficulty: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      topic: { type: 'string' },
      reviews: { type: 'string' },
      write: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const [command, target, ...extra] = positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  const needFile = () => {
    if (!target) throw new UsageError(`${command} needs a file`);
    return target;
  };
  switch (command) {
    case 'generate':
      if (target) throw new UsageError(`unexpected argument "${target}"`);
      return generate(values);
    case 'lint':
      return lint(needFile());
    case 'import':
      return importCommand(needFile(), values);
    case 'stats':
      return stats(needFile());
    case 'review':
      if (target) throw new UsageError(`unexpected argument "${target}"`);
      return review(values);
    case 'schema':
      if (values.write) {
        writeFileSync(questionBankSchemaPath, questionBankJsonSchemaText());
        process.stdout.write(`wrote ${questionBankSchemaPath}\n`);
      } else process.stdout.write(questionBankJsonSchemaText());
      return 0;
    default:
      throw new UsageError(
        command ? `unknown command "${command}" (see qbank --help)` : 'no command given (see qbank --help)'
      );
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  // parseArgs throws a TypeError with a code for an unknown or malformed flag.
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
    process.stderr.write(`qbank: ${error.message.split('\n')[0]}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
