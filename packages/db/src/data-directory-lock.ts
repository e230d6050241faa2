import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

/** The file in a PGlite data directory that says which process has it open. */
export const dataDirectoryLockName = 'newsquiz.lock';

/** Who holds a data directory: enough to tell, on this machine, whether that process still runs. */
export const LockHolder = z.object({
  pid: z.int().positive(),
  /** The process's start time in clock ticks since boot (Linux), so that a reused PID is not taken for it. */
  startTime: z.string().nullable(),
  host: z.string(),
  /** Tells this lock from any other that the same process might once have written. */
  nonce: z.string()
});
export type LockHolder = z.infer<typeof LockHolder>;

export type DataDirectoryLock = { holder: LockHolder; release: () => void };

// A stale lock is removed under a second, short-lived lock, so that two servers starting at once cannot
// both remove it and both go on to open the directory.
const takeoverName = `${dataDirectoryLockName}.takeover`;
// Each round either takes the lock, refuses, or removes a stale lock: only a race that keeps losing repeats.
const maxRounds = 5;

/**
 * Takes the PGlite data directory `dataDir` (which must exist) for this process, or throws an error that
 * names the directory and the process holding it. Two PGlite instances on one directory overwrite each
 * other's pages: acknowledged writes vanish. A lock whose process has died (a SIGKILL, a crash, a reboot)
 * is stale and is taken over.
 */
export function lockDataDirectory(dataDir: string): DataDirectoryLock {
  const lockPath = join(dataDir, dataDirectoryLockName);
  const takeoverPath = join(dataDir, takeoverName);
  const holder: LockHolder = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    host: hostname(),
    nonce: randomBytes(12).toString('hex')
  };
  // Written whole under a name of its own and then linked into place, which fails if the lock exists:
  // nobody ever reads a lock file half written.
  const candidate = `${lockPath}.${holder.nonce}`;
  writeFileSync(candidate, `${JSON.stringify(holder)}\n`, { mode: 0o600, flag: 'wx' });
  try {
    for (let round = 0; round < maxRounds; round += 1) {
      const current = claim(candidate, lockPath);
      if (!current) return { holder, release: () => removeIfHeldBy(lockPath, holder) };
      if (isRunning(current)) throw inUse(dataDir, lockPath, current);
      const takingOver = claim(candidate, takeoverPath);
      if (takingOver) {
        if (isRunning(takingOver)) throw inUse(dataDir, lockPath, takingOver);
        // Left by a process killed in the middle of a takeover.
        removeIfHeldBy(takeoverPath, takingOver);
        continue;
      }
      try {
        removeIfHeldBy(lockPath, current);
      } finally {
        removeIfHeldBy(takeoverPath, holder);
      }
    }
    throw new Error(
      `NEWSQUIZ_DATA_DIR ${dataDir}: could not take its lock ${lockPath}; other servers kept starting on it`
    );
  } finally {
    unlinkSync(candidate);
  }
}

/** Links the candidate lock at `path`; null once it is ours, else whoever holds `path`. */
function claim(candidate: string, path: string): LockHolder | null {
  for (;;) {
    try {
      linkSync(candidate, path);
      return null;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    const current = readHolder(path);
    // Released between the link and the read: try again.
    if (current) return current;
  }
}

function readHolder(path: string): LockHolder | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
  const parsed = LockHolder.safeParse(parseJson(text));
  if (!parsed.success)
    throw new Error(
      `${path} is not a lock this app wrote (${z.prettifyError(parsed.error)}); delete it if no server uses the folder`
    );
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function removeIfHeldBy(path: string, holder: LockHolder): void {
  if (readHolder(path)?.nonce !== holder.nonce) return;
  try {
    unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

/**
 * Whether the lock's process still runs. A process on another host cannot be checked, so it counts as
 * running. A live PID whose start time differs from the lock's is another process that reuses the number.
 */
function isRunning(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    if (errorCode(error) === 'ESRCH') return false;
  }
  const startTime = processStartTime(holder.pid);
  return startTime === null || holder.startTime === null || startTime === holder.startTime;
}

/** Field 22 of /proc/<pid>/stat, after the command name (which may hold spaces); null without /proc. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function inUse(dataDir: string, lockPath: string, holder: LockHolder): Error {
  const where = holder.host === hostname() ? '' : ` on ${holder.host}`;
  const self = holder.pid === process.pid && holder.host === hostname() ? ' (this process)' : '';
  return new Error(
    `NEWSQUIZ_DATA_DIR ${dataDir} is in use by process ${holder.pid}${where}${self}: one server at a time ` +
      `may open a PGlite folder. Stop that server, or give this one another folder or a DATABASE_URL. ` +
      `If that process is gone, delete ${lockPath}.`
  );
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
