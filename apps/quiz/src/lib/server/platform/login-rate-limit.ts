/** Failed log-ins allowed per email in a window before the form refuses to try for a while. */
export const maxFailures = 5;
export const windowMinutes = 15;

type Record = { failures: number; since: number };

/**
 * Counts failed log-ins per email in this server's memory. It slows guessing at one account; several app
 * servers each keep their own count.
 */
export class LoginRateLimit {
  readonly #records = new Map<string, Record>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Minutes until this email may try again, or 0 when it may try now. */
  waitMinutes(email: string): number {
    const record = this.#current(email);
    if (!record || record.failures < maxFailures) return 0;
    return Math.max(1, Math.ceil((record.since + windowMinutes * 60_000 - this.#now()) / 60_000));
  }

  fail(email: string): void {
    const record = this.#current(email) ?? { failures: 0, since: this.#now() };
    record.failures += 1;
    this.#records.set(email, record);
  }

  succeed(email: string): void {
    this.#records.delete(email);
  }

  #current(email: string): Record | undefined {
    const record = this.#records.get(email);
    if (record && this.#now() - record.since > windowMinutes * 60_000) {
      this.#records.delete(email);
      return undefined;
    }
    return record;
  }
}

export const loginRateLimit = new LoginRateLimit();
