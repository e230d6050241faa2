/**
 * The app servers one simulated browser can reach, as a load balancer in front of them sees them: requests
 * go to the current one; once it refuses or drops connections, the browser is sent on to the next, as a
 * balancer's health check would do, and keeps its cookies, since every server reads the same database.
 */
export class ServerChoice {
  #index: number;
  #moves = 0;

  constructor(
    readonly servers: readonly string[],
    start = 0
  ) {
    if (servers.length === 0) throw new Error('server choice: no server to choose from');
    this.#index = start % servers.length;
  }

  get current(): string {
    return this.servers[this.#index]!;
  }

  /** How many times this browser was sent on to another server. */
  get moves(): number {
    return this.#moves;
  }

  /** After a connection to `failed` broke: the next server, unless the browser has moved on already. */
  moveOn(failed: string): void {
    if (failed !== this.current || this.servers.length === 1) return;
    this.#index = (this.#index + 1) % this.servers.length;
    this.#moves += 1;
  }
}
