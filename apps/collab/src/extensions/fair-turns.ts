// Hocuspocus applies everything a socket read brought in one chain of promises, and libuv
// reads a busy socket up to 32 times (2 MiB) before anything else runs: a burst of small
// messages (a long offline session flushed on reconnect; the benchmark's replay of 259,778
// keystrokes) kept the event loop for a second and more. Commits (their timer, PostgreSQL's
// answer) and the writes of other sockets waited, and so did the acknowledgements that wait
// for the commits (docs/benchmarks.md, "Samenwerken").
// Here, once handling messages has taken TURN_BUDGET_MS of the current turn, the next
// message waits for the next turn, and its socket stops being read meanwhile (ws' own
// pause/resume, which respects its flow control). Without the pause, the waiting time would
// fill Hocuspocus' message queue with the whole burst, whose one-by-one `shift` then costs
// time proportional to its length (tried: 22–27 s instead of 9 for the replay). Order within
// a connection is kept (Hocuspocus awaits this hook before the next message); messages of
// people typing never wait.
import type { beforeHandleMessagePayload, Extension } from "@hocuspocus/server";

/** How long handling messages may keep the event loop before others get their turn. */
export const TURN_BUDGET_MS = 5;

/** The part of `ws`' WebSocket used here (Hocuspocus hands each connection one). */
interface TPausable {
  pause(): void;
  resume(): void;
  readonly isPaused: boolean;
}

function pausable(socket: unknown): TPausable | null {
  const candidate = socket as Partial<TPausable> | null;
  return typeof candidate?.pause === "function" && typeof candidate.resume === "function" ? (candidate as TPausable) : null;
}

export class FairTurns implements Extension {
  extensionName = "fair-turns";
  /** Before every other hook: a message that waits is not checked or applied yet. */
  priority = 3000;
  /** When the current turn of the event loop started handling messages; null between turns. */
  private turnStartedAt: number | null = null;

  constructor(private readonly budgetMs = TURN_BUDGET_MS) {}

  async beforeHandleMessage({ connection }: beforeHandleMessagePayload): Promise<void> {
    const now = performance.now();
    if (this.turnStartedAt === null) {
      this.turnStartedAt = now;
      // Cleared once this turn is over (setImmediate runs after the poll phase's I/O).
      setImmediate(() => (this.turnStartedAt = null));
      return;
    }
    if (now - this.turnStartedAt < this.budgetMs) return;
    const socket = pausable(connection.webSocket);
    const pausedHere = socket !== null && !socket.isPaused;
    if (pausedHere) socket.pause();
    try {
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      if (pausedHere) socket.resume();
    }
  }
}
