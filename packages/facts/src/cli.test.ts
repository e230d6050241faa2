import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factBaseJsonSchemaText } from './json-schema.ts';
import { allFacts } from './schema/fact-base.ts';
import { loadFactBase } from './load-fact-base.ts';
import { fixtureFactBase } from './test-fixtures.ts';

const cli = join(import.meta.dirname, 'cli.ts');

function facts(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'newsquiz-cli-')), name);
  writeFileSync(path, text);
  return path;
}

describe('facts CLI', () => {
  it('lists the bundled articles with their titles', () => {
    const { code, stdout } = facts('list');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'kerman-2024\tU.S. Secretly Alerted Iran Ahead of Islamic State Terrorist Attack'
    );
  });

  it('validates the Kerman article by id', () => {
    const { code, stdout } = facts('validate', 'kerman-2024');
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid, \d+ facts, every evidence quote found/);
  });

  it('exits 1 with every problem and its path for a broken file, without a stack trace', () => {
    const base = fixtureFactBase();
    base.events[0]!.date!.value = '2025-02-30';
    base.relations[0]!.object = 'nowhere';
    const { code, stderr } = facts('validate', tempFile('broken.json', JSON.stringify(base)));
    expect(code).toBe(1);
    expect(stderr).toContain('2 problems:');
    expect(stderr).toContain('events[0].date.value: date must be an ISO 8601 calendar date');
    expect(stderr).toContain('relations[0].object: unknown fact id "nowhere"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 on a file that is not JSON', () => {
    const { code, stderr } = facts('validate', tempFile('bad.json', '{ "article": '));
    expect(code).toBe(1);
    expect(stderr).toContain('is not valid JSON');
  });

  it('dumps the validated fact base as JSON', () => {
    const { code, stdout } = facts('dump', 'kerman-2024');
    expect(code).toBe(0);
    const dumped = JSON.parse(stdout) as ReturnType<typeof loadFactBase>;
    expect(allFacts(dumped)).toHaveLength(allFacts(loadFactBase('kerman-2024')).length);
  });

  it('prints the JSON Schema', () => {
    expect(facts('schema').stdout).toBe(factBaseJsonSchemaText());
  });

  it('exits 2 with the usage for an unknown command or article', () => {
    for (const args of [['frobnicate'], ['validate', 'no-such-article'], [], ['dump']]) {
      const { code, stderr } = facts(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: facts <command>');
    }
  });
});
