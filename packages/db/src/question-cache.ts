import type { AttemptQuestionRow } from './attempts.ts';
import type { QuestionSnapshot } from './stored-json.ts';

/** A question row of an attempt without its snapshot, which is held apart: a read may not have brought it. */
export type HeldRow = Omit<AttemptQuestionRow, 'snapshot'>;

/**
 * The question rows of one attempt at one version: the version is the `xmin` of each row in order, which
 * PostgreSQL renews on every update of a row (acceptAnswer rewrites a snapshot), so the same version means
 * the same rows, whichever process changed them.
 */
export type HeldQuestions = {
  version: string;
  /** Every row, in order. */
  rows: readonly HeldRow[];
  /** The snapshots read so far, by 0-based position. */
  snapshots: ReadonlyMap<number, QuestionSnapshot>;
};

/** Every object and array in `value`, frozen: what is held is shared by every page that reads it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The question rows and snapshots of the attempts this process has read, by attempt id (a random UUID,
 * never reused), so that a page read again asks the database only for their version rather than for their
 * JSON. Bounded by the number of questions held, the attempts read least recently dropped first.
 */
export class QuestionCache {
  readonly #attempts = new Map<string, HeldQuestions>();
  #held = 0;

  constructor(readonly maxQuestions: number) {}

  /** How many questions are held now. */
  get size(): number {
    return this.#held;
  }

  /**
   * What is held for the attempt when it has the snapshot of every position asked for (0-based, or all),
   * else undefined. What it returns stays as it is, even once replaced or dropped.
   */
  lookup(attemptId: string, positions: 'all' | number): HeldQuestions | undefined {
    const entry = this.#attempts.get(attemptId);
    if (!entry) return undefined;
    const complete =
      positions === 'all' ? entry.snapshots.size === entry.rows.length : entry.snapshots.has(positions);
    if (!complete) return undefined;
    // Most recently read last: the first in the map is the first dropped.
    this.#attempts.delete(attemptId);
    this.#attempts.set(attemptId, entry);
    return entry;
  }

  /**
   * Holds every row of the attempt as read at `version`, with the snapshots the read brought and those held
   * at the same version; another version replaces what was held.
   */
  store(attemptId: string, version: string, rows: readonly AttemptQuestionRow[]): void {
    const previous = this.#attempts.get(attemptId);
    const snapshots = new Map(previous?.version === version ? previous.snapshots : []);
    for (const { snapshot, position } of rows) if (snapshot) snapshots.set(position, deepFreeze(snapshot));
    const entry: HeldQuestions = {
      version,
      rows: deepFreeze(rows.map(({ snapshot: _, ...row }) => row)),
      snapshots
    };
    if (previous) {
      this.#attempts.delete(attemptId);
      this.#held -= previous.rows.length;
    }
    // An attempt larger than the whole bound is not held at all.
    if (entry.rows.length > this.maxQuestions) return;
    this.#attempts.set(attemptId, entry);
    this.#held += entry.rows.length;
    for (const [oldest, dropped] of this.#attempts) {
      if (this.#held <= this.maxQuestions) break;
      this.#attempts.delete(oldest);
      this.#held -= dropped.rows.length;
    }
  }
}
