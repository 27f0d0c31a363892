// The session's wiring of the durability protocol, with a fake provider playing the server:
// when checks are sent, which answers and acknowledgements count, and what the indicator
// says in between. (The server's side, acknowledgements only once committed and before the
// answers, is tested against PostgreSQL in apps/collab.)
import { WebSocketStatus, type HocuspocusProvider, type HocuspocusProviderConfiguration } from "@hocuspocus/provider";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { CollabSession } from "./collab-session";
import type { TIncomingMessage } from "./durability-messages";

/** An incoming message as the provider hands it to onMessage: document name, then the fields. */
function incoming(...fields: number[]): TIncomingMessage {
  const rest = [...fields];
  return { readVarString: () => "section/zwolle/regionale-economie", readVarUint: () => rest.shift() ?? 0 };
}

class FakeProvider {
  readonly sent: { type: string; id: number }[] = [];
  readonly states = new Map<number, unknown>();
  readonly awareness = { getStates: () => this.states };
  destroyed = false;

  constructor(readonly configuration: HocuspocusProviderConfiguration) {}

  setAwarenessField(key: string, value: unknown): void {
    this.states.set(this.configuration.document!.clientID, { [key]: value });
  }

  sendStateless(payload: string): void {
    this.sent.push(JSON.parse(payload) as { type: string; id: number });
  }

  destroy(): void {
    this.destroyed = true;
  }

  // The server's side of the conversation.
  status(status: WebSocketStatus): void {
    this.configuration.onStatus?.({ status });
  }

  connectAndSync(): void {
    this.status(WebSocketStatus.Connected);
    this.configuration.onSynced?.({ state: true });
  }

  /** Answers check `id`, vouching for everything in `committed`. */
  answer(id: number, committed: Y.Doc): void {
    const stateVector = Buffer.from(Y.encodeStateVector(committed)).toString("base64");
    this.configuration.onStateless?.({ payload: JSON.stringify({ type: "durable", id, stateVector }) });
  }

  /** SyncStatus: one update (or sync step 2) of this browser is committed. */
  acknowledge(): void {
    this.configuration.onMessage?.({ message: incoming(8, 1) } as unknown as Parameters<NonNullable<HocuspocusProviderConfiguration["onMessage"]>>[0]);
  }

  /** Sync step 1 from the server: the real provider answers with a step 2 the server acknowledges. */
  requestSync(): void {
    this.configuration.onMessage?.({ message: incoming(0, 0) } as unknown as Parameters<NonNullable<HocuspocusProviderConfiguration["onMessage"]>>[0]);
  }

  /** A change from someone else, arriving through this provider. */
  remoteChange(): void {
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(this.configuration.document!));
    other.getMap("m").set("other", other.clientID);
    Y.applyUpdate(this.configuration.document!, Y.encodeStateAsUpdate(other), this);
  }

  get lastCheck(): number {
    return this.sent.at(-1)?.id ?? 0;
  }
}

const user = { id: "user-anouk", name: "Anouk", color: "#1f5fa8" };

describe("CollabSession", () => {
  let session: CollabSession;
  let provider: FakeProvider;

  beforeEach(() => {
    vi.useFakeTimers();
    session = new CollabSession({ url: "ws://localhost:1", documentName: "section/zwolle/regionale-economie", user, canWrite: true }, (configuration) => {
      provider = new FakeProvider(configuration);
      return provider as unknown as HocuspocusProvider;
    });
    session.start();
  });

  afterEach(() => {
    session.stop();
    vi.useRealTimers();
  });

  const text = () => session.getSnapshot().saveStatus;
  const typeLocally = () => session.doc.getMap("m").set("local", Math.random());
  /** A copy of what this browser has now, as the server would commit it. */
  const committedCopy = () => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(session.doc));
    return copy;
  };

  /** Connected, synced, and check 1 answered for everything this browser holds. */
  const vouch = () => {
    provider.connectAndSync();
    vi.advanceTimersByTime(100);
    provider.answer(provider.lastCheck, committedCopy());
  };

  it("says Opgeslagen only once the server vouched for the synced state", () => {
    expect(text()).toBe("saving");
    expect(session.getSnapshot().ready).toBe(false);
    provider.connectAndSync();
    expect(session.getSnapshot().ready).toBe(true);
    expect(provider.sent).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(provider.sent).toEqual([{ type: "durability-check", id: 1 }]);
    expect(text()).toBe("saving");
    provider.answer(1, committedCopy());
    expect(text()).toBe("saved");
  });

  it("then shows each change as saved once the server acknowledged it, without asking again", () => {
    vouch();
    typeLocally();
    typeLocally();
    expect(text()).toBe("saving");
    vi.advanceTimersByTime(10_000);
    expect(provider.sent).toHaveLength(1);
    provider.acknowledge();
    expect(text()).toBe("saving");
    provider.acknowledge();
    expect(text()).toBe("saved");
  });

  it("counts the sync step 2 the provider sends on the server's request like a change", () => {
    vouch();
    provider.requestSync();
    expect(text()).toBe("saving");
    provider.acknowledge();
    expect(text()).toBe("saved");
  });

  it("asks again when an answer does not cover what this browser held (e.g. its sync came late)", () => {
    // Written offline, before this connection: it reaches the server in the sync.
    typeLocally();
    provider.connectAndSync();
    vi.advanceTimersByTime(100);
    provider.answer(1, new Y.Doc());
    expect(text()).toBe("saving");
    vi.advanceTimersByTime(500);
    expect(provider.lastCheck).toBe(2);
    provider.answer(2, committedCopy());
    expect(text()).toBe("saved");
  });

  it("does not take an answer as a vouch when a change was sent after the check", () => {
    provider.connectAndSync();
    vi.advanceTimersByTime(100);
    typeLocally();
    // The change's acknowledgement comes first (the server sends them in that order); even
    // an answer covering everything does not vouch, since the count could be off by it.
    provider.acknowledge();
    provider.answer(1, committedCopy());
    expect(text()).toBe("saving");
    vi.advanceTimersByTime(100);
    expect(provider.lastCheck).toBe(2);
    provider.answer(2, committedCopy());
    expect(text()).toBe("saved");
  });

  it("debounces checks while typing before an answer vouched", () => {
    provider.connectAndSync();
    for (let key = 0; key < 10; key++) {
      typeLocally();
      vi.advanceTimersByTime(50);
    }
    expect(provider.sent).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(provider.sent).toHaveLength(1);
  });

  it("never counts an answer to an older check", () => {
    provider.connectAndSync();
    vi.advanceTimersByTime(100);
    typeLocally();
    vi.advanceTimersByTime(100);
    expect(provider.lastCheck).toBe(2);
    provider.acknowledge();
    provider.answer(1, committedCopy());
    expect(text()).toBe("saving");
    provider.answer(2, committedCopy());
    expect(text()).toBe("saved");
    // A late duplicate of an old answer changes nothing.
    provider.answer(1, new Y.Doc());
    expect(text()).toBe("saved");
  });

  it("needs no check for a change from someone else (its author's browser waits for it)", () => {
    vouch();
    provider.remoteChange();
    vi.advanceTimersByTime(10_000);
    expect(text()).toBe("saved");
    expect(provider.sent).toHaveLength(1);
  });

  it("asks again when more acknowledgements arrive than it sent changes", () => {
    vouch();
    provider.acknowledge();
    expect(text()).toBe("saving");
    vi.advanceTimersByTime(500);
    expect(provider.lastCheck).toBe(2);
    provider.answer(2, committedCopy());
    expect(text()).toBe("saved");
  });

  it("is offline once the connection is lost, and starts over on the next one", () => {
    vouch();
    expect(text()).toBe("saved");
    provider.status(WebSocketStatus.Disconnected);
    expect(text()).toBe("offline");
    typeLocally();
    provider.status(WebSocketStatus.Connecting);
    expect(text()).toBe("offline");
    vi.advanceTimersByTime(1_000);
    expect(provider.sent).toHaveLength(1);
    provider.status(WebSocketStatus.Connected);
    expect(text()).toBe("saving");
    // Acknowledgements of what was queued offline prove nothing, nor does an old answer.
    provider.acknowledge();
    provider.answer(1, committedCopy());
    expect(text()).toBe("saving");
    provider.configuration.onSynced?.({ state: true });
    vi.advanceTimersByTime(100);
    expect(provider.lastCheck).toBe(2);
    provider.answer(2, committedCopy());
    expect(text()).toBe("saved");
  });

  it("is offline when the server cannot be reached at all", () => {
    provider.status(WebSocketStatus.Connecting);
    expect(text()).toBe("saving");
    provider.status(WebSocketStatus.Disconnected);
    expect(text()).toBe("offline");
  });

  it("lists who is here, itself first, and notices a read-only connection", () => {
    provider.states.set(99, { user: { id: "user-bram", name: "Bram", color: "#b3261e" } });
    provider.configuration.onAwarenessChange?.({ states: [] });
    expect(session.getSnapshot().people.map((person) => `${person.name}${person.isSelf ? " (u)" : ""}`)).toEqual(["Anouk (u)", "Bram"]);
    provider.configuration.onAuthenticated?.({ scope: "readonly" });
    expect(session.getSnapshot().readOnlyScope).toBe(true);
  });

  it("destroys the provider when stopped", () => {
    const first = provider;
    session.stop();
    expect(first.destroyed).toBe(true);
    expect(session.getSnapshot().provider).toBeNull();
    session.start();
    expect(provider).not.toBe(first);
  });
});
