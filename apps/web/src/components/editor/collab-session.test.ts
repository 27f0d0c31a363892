// The session's wiring of the durability protocol, with a fake provider playing the server:
// when checks are sent, which answers count, and what the indicator says in between.
import { WebSocketStatus, type HocuspocusProvider, type HocuspocusProviderConfiguration } from "@hocuspocus/provider";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { CollabSession } from "./collab-session";

class FakeProvider {
  unsyncedChanges = 0;
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

  setUnsynced(count: number): void {
    this.unsyncedChanges = count;
    this.configuration.onUnsyncedChanges?.({ number: count });
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

  it("goes back to Opslaan… on a local change until a new answer covers it", () => {
    provider.connectAndSync();
    vi.advanceTimersByTime(100);
    const before = committedCopy();
    provider.answer(1, before);
    typeLocally();
    expect(text()).toBe("saving");
    vi.advanceTimersByTime(100);
    expect(provider.lastCheck).toBe(2);
    // An answer that does not cover the change (it reached the server late): ask again.
    provider.answer(2, before);
    expect(text()).toBe("saving");
    vi.advanceTimersByTime(500);
    expect(provider.lastCheck).toBe(3);
    provider.answer(3, committedCopy());
    expect(text()).toBe("saved");
  });

  it("debounces checks while typing", () => {
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
    provider.answer(1, committedCopy());
    expect(text()).toBe("saving");
    provider.answer(2, committedCopy());
    expect(text()).toBe("saved");
    // A late duplicate of an old answer changes nothing.
    provider.answer(1, new Y.Doc());
    expect(text()).toBe("saved");
  });

  it("stays at Opslaan… while the server has not received every update", () => {
    provider.connectAndSync();
    provider.setUnsynced(1);
    vi.advanceTimersByTime(100);
    provider.answer(1, committedCopy());
    expect(text()).toBe("saving");
    provider.setUnsynced(0);
    expect(text()).toBe("saved");
  });

  it("waits for a change from someone else to be committed too", () => {
    provider.connectAndSync();
    vi.advanceTimersByTime(100);
    provider.answer(1, committedCopy());
    provider.remoteChange();
    expect(text()).toBe("saving");
    vi.advanceTimersByTime(100);
    expect(provider.lastCheck).toBe(2);
    provider.answer(2, committedCopy());
    expect(text()).toBe("saved");
  });

  it("is offline once the connection is lost, and starts over on the next one", () => {
    provider.connectAndSync();
    vi.advanceTimersByTime(100);
    provider.answer(1, committedCopy());
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
    // An answer belonging to the old connection does not count on the new one.
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
