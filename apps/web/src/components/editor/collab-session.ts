// One browser's connection to one co-edited section: the Yjs document, its copy in
// IndexedDB (offline edits survive a closed tab), the Hocuspocus provider, and the
// durability protocol that decides the save indicator (docs/collaboration-protocol.md).
// React reads it through subscribe/getSnapshot (useSyncExternalStore); start/stop follow
// the component's effect, so React's strict-mode remount simply starts a fresh provider on
// the same document.
import { HocuspocusProvider, WebSocketStatus, type HocuspocusProviderConfiguration } from "@hocuspocus/provider";
import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { DurabilityLedger } from "./durability-ledger";
import { encodeDurabilityCheck, parseDurableAnswer, readIncoming, type TIncomingMessage } from "./durability-messages";
import { presentPeople, type TAwarenessUser, type TPresentPerson } from "./presence";
import { forgetCopiesOfClosedTabs, markOfflineCopy, type TOfflineCopyState } from "./offline-copies";
import { saveStatus, type TSaveInputs, type TSaveStatus } from "./save-state";

/** Debounce of the durability check after a sync, and after changes before one vouched (protocol). */
const CHECK_DEBOUNCE_MS = 100;
const RECHECK_MIN_MS = 500;
const RECHECK_MAX_MS = 10_000;

export const COLLAB_FIELD = "default";

export interface TCollabSessionConfig {
  url: string;
  documentName: string;
  user: TAwarenessUser;
  /** The page found write rights; the server has the last word (read-only scope). */
  canWrite: boolean;
}

export interface TCollabSnapshot {
  provider: HocuspocusProvider | null;
  saveStatus: TSaveStatus;
  people: TPresentPerson[];
  /** The text can be shown and edited: synced with the server, or restored from this device. */
  ready: boolean;
  /** The server opened the document read-only for this person. */
  readOnlyScope: boolean;
  /** Something the person must know (refused, signed out); null when all is well. */
  problem: string | null;
}

const INITIAL: TCollabSnapshot = { provider: null, saveStatus: "saving", people: [], ready: false, readOnlyScope: false, problem: null };

/** Where this browser keeps its copy: per person, so a shared computer keeps people apart. */
export function offlineStoreName(userId: string, documentName: string): string {
  return `trendweb-lokaal:${userId}:${documentName}`;
}

/** Makes the provider; tests pass a fake that plays the server's part. */
export type TProviderFactory = (configuration: HocuspocusProviderConfiguration) => HocuspocusProvider;

const createProvider: TProviderFactory = (configuration) => new HocuspocusProvider(configuration);

export class CollabSession {
  readonly doc = new Y.Doc();
  private provider: HocuspocusProvider | null = null;
  private local: IndexeddbPersistence | null = null;
  private localLoaded = false;
  private snapshot: TCollabSnapshot = INITIAL;
  private readonly listeners = new Set<() => void>();

  // Inputs of the save state machine, per connection.
  private connection: TSaveInputs["connection"] = "connecting";
  private synced = false;
  private nextCheckId = 0;
  private ledger = new DurabilityLedger();
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private recheckTimer: ReturnType<typeof setTimeout> | null = null;
  private recheckDelay = RECHECK_MIN_MS;
  private problem: string | null = null;
  private readOnlyScope = false;
  private offlineCopyState: TOfflineCopyState | null = null;
  /** A change here since the copy's marker was last written (a pending marker carries its time). */
  private offlineCopyChanged = false;
  private offlineCopyLoadStartedAt = 0;

  constructor(
    private readonly config: TCollabSessionConfig,
    private readonly providerFactory: TProviderFactory = createProvider,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TCollabSnapshot => this.snapshot;

  static getServerSnapshot = (): TCollabSnapshot => INITIAL;

  start(): void {
    if (this.provider) return;
    this.doc.on("update", this.onDocumentUpdate);
    if (this.config.canWrite && typeof indexedDB !== "undefined") {
      this.offlineCopyLoadStartedAt = Date.now();
      const local = new IndexeddbPersistence(offlineStoreName(this.config.user.id, this.config.documentName), this.doc);
      local.on("synced", () => {
        this.localLoaded = true;
        this.update();
      });
      this.local = local;
    }
    const provider = this.providerFactory({
      url: this.config.url,
      name: this.config.documentName,
      document: this.doc,
      token: this.fetchToken,
      onStatus: ({ status }) => this.onStatus(status),
      onSynced: ({ state }) => {
        this.synced = state;
        if (state && this.ledger.needsCheck) this.scheduleCheck();
        this.update();
      },
      onMessage: ({ message }) => this.onIncoming(message),
      onStateless: ({ payload }) => this.onStateless(payload),
      onAuthenticated: ({ scope }) => {
        this.readOnlyScope = scope === "readonly";
        if (this.problem?.startsWith("Geen toegang")) this.problem = null;
        this.update();
      },
      onAuthenticationFailed: () => {
        this.problem ??= "Geen toegang tot deze tekst op de samenwerkingsserver. Herlaad de pagina; lukt het dan nog niet, log dan opnieuw in.";
        this.update();
      },
      onAwarenessChange: () => this.update(),
    });
    provider.setAwarenessField("user", this.config.user);
    this.provider = provider;
    this.update();
  }

  stop(): void {
    this.clearTimers();
    this.doc.off("update", this.onDocumentUpdate);
    this.provider?.destroy();
    this.provider = null;
    void this.local?.destroy();
    this.local = null;
    this.localLoaded = false;
    this.offlineCopyState = null;
    this.offlineCopyChanged = false;
    this.resetConnection("connecting");
    this.readOnlyScope = false;
    this.problem = null;
    this.snapshot = INITIAL;
    this.emit();
  }

  /** Sends a durability check now (tests and the debounce use this). */
  sendCheck(): void {
    this.checkTimer = null;
    const provider = this.provider;
    if (!provider || this.connection !== "connected" || !this.synced) return;
    this.nextCheckId += 1;
    this.ledger.checkSent(this.nextCheckId, Y.decodeStateVector(Y.encodeStateVector(this.doc)));
    provider.sendStateless(encodeDurabilityCheck(this.nextCheckId));
    this.update();
  }

  private readonly fetchToken = async (): Promise<string> => {
    try {
      const response = await fetch("/api/collab-token", { cache: "no-store", credentials: "same-origin" });
      if (response.status === 401) {
        this.problem = "U bent uitgelogd. Log opnieuw in om verder te schrijven; wat u hier typt blijft op dit apparaat bewaard.";
        this.update();
        return "";
      }
      if (!response.ok) return "";
      const body = (await response.json()) as { token?: unknown };
      return typeof body.token === "string" ? body.token : "";
    } catch {
      // Offline: the connection attempt fails anyway and is retried.
      return "";
    }
  };

  private readonly onDocumentUpdate = (_update: Uint8Array, origin: unknown): void => {
    // Updates from the provider came from the server; everything else is this browser's,
    // and the provider sends each of them as one update message.
    if (origin !== this.provider) {
      this.ledger.changeSent();
      this.offlineCopyChanged = true;
      // Once an answer vouched, acknowledgements tell; before that, ask once the typing pauses.
      if (!this.ledger.vouched) this.scheduleCheck();
    }
    this.update();
  };

  private onIncoming(message: TIncomingMessage): void {
    const kind = readIncoming(message);
    if (kind === "acknowledgement") this.ledger.acknowledgementReceived();
    // The provider answers with a sync step 2, which the server acknowledges like an update.
    else if (kind === "sync-request") this.ledger.changeSent();
    else return;
    this.update();
  }

  private onStatus(status: WebSocketStatus): void {
    if (status === WebSocketStatus.Connected) {
      this.connection = "connected";
    } else if (this.connection === "connected" || status === WebSocketStatus.Disconnected) {
      // Lost (or never reached): offline until the next connection.
      this.resetConnection("disconnected");
    }
    this.update();
  }

  private resetConnection(connection: TSaveInputs["connection"]): void {
    this.connection = connection;
    this.synced = false;
    this.ledger = new DurabilityLedger();
    this.clearTimers();
  }

  private onStateless(payload: string): void {
    const answer = parseDurableAnswer(payload);
    if (!answer) return;
    this.ledger.answerReceived(answer);
    this.update();
  }

  private scheduleCheck(): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.sendCheck(), CHECK_DEBOUNCE_MS);
  }

  private clearTimers(): void {
    if (this.checkTimer) clearTimeout(this.checkTimer);
    if (this.recheckTimer) clearTimeout(this.recheckTimer);
    this.checkTimer = null;
    this.recheckTimer = null;
    this.recheckDelay = RECHECK_MIN_MS;
  }

  private inputs(): TSaveInputs {
    return {
      connection: this.connection,
      synced: this.synced,
      vouched: this.ledger.vouched,
      unacknowledged: this.ledger.unacknowledged,
    };
  }

  /** Recomputes the snapshot; listeners hear only about real changes. */
  private update(): void {
    if (!this.provider) return;
    const inputs = this.inputs();
    const status = saveStatus(inputs);
    const copyState = status === "saved" ? "saved" : "pending";
    if (this.local && (copyState !== this.offlineCopyState || (copyState === "pending" && this.offlineCopyChanged))) {
      markOfflineCopy(this.local.name, copyState);
      // Everything this tab loaded from the copy is on the server now.
      if (copyState === "saved" && this.localLoaded) void forgetCopiesOfClosedTabs(this.local.name, this.offlineCopyLoadStartedAt);
      this.offlineCopyState = copyState;
      this.offlineCopyChanged = false;
    }
    if (status === "saved") {
      this.recheckDelay = RECHECK_MIN_MS;
    } else if (!this.checkTimer && !this.recheckTimer && inputs.connection === "connected" && inputs.synced && this.ledger.needsCheck) {
      // The answer did not vouch (e.g. the reconnect's sync reached the server after the
      // check, or something was sent meanwhile): ask again, backing off while it keeps happening.
      this.recheckTimer = setTimeout(() => {
        this.recheckTimer = null;
        this.sendCheck();
      }, this.recheckDelay);
      this.recheckDelay = Math.min(this.recheckDelay * 2, RECHECK_MAX_MS);
    }
    const fragmentHasContent = this.doc.getXmlFragment(COLLAB_FIELD).length > 0;
    const next: TCollabSnapshot = {
      provider: this.provider,
      saveStatus: status,
      people: presentPeople(this.provider.awareness?.getStates() ?? new Map(), this.config.user.id),
      // Never edit an empty document before the server's seed arrived: that would create
      // a second first paragraph (content duplicated on merge).
      ready: this.synced || (this.localLoaded && fragmentHasContent) || (this.snapshot.ready && fragmentHasContent),
      readOnlyScope: this.readOnlyScope,
      problem: this.problem,
    };
    if (!sameSnapshot(this.snapshot, next)) {
      this.snapshot = next;
      this.emit();
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function sameSnapshot(a: TCollabSnapshot, b: TCollabSnapshot): boolean {
  return (
    a.provider === b.provider &&
    a.saveStatus === b.saveStatus &&
    a.ready === b.ready &&
    a.readOnlyScope === b.readOnlyScope &&
    a.problem === b.problem &&
    a.people.length === b.people.length &&
    a.people.every((person, index) => {
      const other = b.people[index]!;
      return person.id === other.id && person.name === other.name && person.color === other.color && person.isSelf === other.isSelf;
    })
  );
}
