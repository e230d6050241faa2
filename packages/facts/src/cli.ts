import { existsSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatProblems } from './fact-problem.ts';
import { factBaseJsonSchemaText } from './json-schema.ts';
import { factBasePath, listArticleIds, readFactBaseFile } from './load-fact-base.ts';
import { bundledArticlesDirectory, factBaseSchemaPath } from './package-paths.ts';
import { allFacts } from './schema/fact-base.ts';

const usage = `Usage: facts <command>

Commands:
  list                          the bundled articles
  validate <file|article-id>    check a fact file; exit 1 with every problem found
  dump <article-id>             the validated fact base as JSON
  schema [--write]              the JSON Schema of a fact file (--write updates the committed copy)`;

class UsageError extends Error {}

/** An argument with a path separator or a .json ending is a file; anything else names a bundled article. */
function resolveFactFile(target: string): string {
  if (target.endsWith('.json') || target.includes('/')) return target;
  if (!existsSync(factBasePath(target))) {
    const known = listArticleIds().join(', ');
    throw new UsageError(`unknown article "${target}" (bundled: ${known})`);
  }
  return factBasePath(target);
}

function run(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  });
  const [command, target, ...extra] = positionals;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);

  switch (command) {
    case 'list': {
      for (const id of listArticleIds()) {
        const result = readFactBaseFile(factBasePath(id));
        const title = result.ok ? result.factBase.article.title : '(invalid: run facts validate)';
        process.stdout.write(`${id}\t${title}\n`);
      }
      return 0;
    }
    case 'validate': {
      if (!target) throw new UsageError('validate needs a file or an article id');
      const file = resolveFactFile(target);
      const result = readFactBaseFile(file);
      if (!result.ok) {
        process.stderr.write(`${file}: ${formatProblems(result.problems)}\n`);
        return 1;
      }
      const facts = allFacts(result.factBase);
      process.stdout.write(`${file}: valid, ${facts.length} facts, every evidence quote found\n`);
      return 0;
    }
    case 'dump': {
      if (!target) throw new UsageError(`dump needs an article id (in ${bundledArticlesDirectory})`);
      const result = readFactBaseFile(resolveFactFile(target));
      if (!result.ok) {
        process.stderr.write(`${target}: ${formatProblems(result.problems)}\n`);
        return 1;
      }
      process.stdout.write(`${JSON.stringify(result.factBase, null, 2)}\n`);
      return 0;
    }
    case 'schema': {
      if (target) throw new UsageError(`unexpected argument "${target}"`);
      if (values.write) {
        writeFileSync(factBaseSchemaPath, factBaseJsonSchemaText());
        process.stdout.write(`wrote ${factBaseSchemaPath}\n`);
      } else {
        process.stdout.write(factBaseJsonSchemaText());
      }
      return 0;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
    process.stderr.write(`facts: ${error.message}\n\n${usage}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
