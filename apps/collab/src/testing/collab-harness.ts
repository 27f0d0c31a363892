// Real servers and real providers for the collab tests: a Hocuspocus server on an ephemeral
// port (in this process or as a child process), @hocuspocus/provider clients over `ws`,
// and the durability protocol as the editor speaks it.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import { mintCollabToken } from "@trendweb/auth/collab-token";
import type { TSql } from "@trendweb/db/sql";
import WebSocket from "ws";
import * as Y from "yjs";
import { createCollabServer, type TCollabServer, type TCollabServerOptions } from "../create-collab-server.ts";
import { FRAGMENT_NAME, renderPlainText, renderProseMirrorJson } from "../persistence/render-document.ts";
import { isAcknowledgement } from "./acknowledgement.ts";

export { loadFromDatabase } from "./load-from-database.ts";

export const TEST_SECRET = "collab-test-secret-collab-test-secret-0123456789";
export const TEST_ORIGIN = "http://localhost:3999";

export async function startCollab(sql: TSql, options: Partial<TCollabServerOptions> = {}): Promise<TCollabServer & { url: string }> {
  const collab = await createCollabServer({ port: 0, address: "127.0.0.1", sql, authSecret: TEST_SECRET, allowedOrigins: [TEST_ORIGIN], ...options });
  await collab.server.listen();
  return { ...collab, url: `ws://127.0.0.1:${collab.server.address.port}` };
}

export async function tokenFor(userId: string): Promise<string> {
  return (await mintCollabToken(TEST_SECRET, userId)).token;
}

/** Polls until `predicate` holds; fails with `what` after `timeoutMs` (a deadline, not a timing assertion). */
export async function waitFor(what: string, predicate: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export interface TClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  /** Reasons of authentication failures, stateless messages and closes received, in order. */
  failures: string[];
  stateless: unknown[];
  closes: string[];
  /** Sends a durability check; resolves with the committed state vector the server vouches for. */
  checkDurable(): Promise<Map<number, number>>;
  /** Called for every acknowledgement (SyncStatus true) of an update or sync step 2. */
  onAcknowledged: (() => void) | null;
  synced(): Promise<void>;
  destroy(): void;
}

export interface TConnectOptions {
  url: string;
  name: string;
  token: string | (() => Promise<string>);
  socket?: HocuspocusProviderWebsocket;
  /** Fast reconnects for tests that restart servers. */
  fastReconnect?: boolean;
}

export function createSocket(url: string, fastReconnect = false): HocuspocusProviderWebsocket {
  return new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    ...(fastReconnect ? { delay: 50, minDelay: 50, maxDelay: 300, factor: 1.5, jitter: false } : {}),
  });
}

export function connect(options: TConnectOptions): TClient {
  const ownSocket = !options.socket;
  const socket = options.socket ?? createSocket(options.url, options.fastReconnect);
  const doc = new Y.Doc();
  const failures: string[] = [];
  const stateless: unknown[] = [];
  const closes: string[] = [];
  const waiting = new Map<number, (stateVector: Map<number, number>) => void>();
  let nextId = 1;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.name,
    document: doc,
    token: options.token,
    onAuthenticationFailed: ({ reason }) => failures.push(reason),
    onClose: ({ event }) => closes.push(event.reason),
    onMessage: ({ message }) => {
      if (client.onAcknowledged && isAcknowledgement(message)) client.onAcknowledged();
    },
    onStateless: ({ payload }) => {
      const message = JSON.parse(payload) as { type: string; id?: number; stateVector?: string };
      stateless.push(message);
      if (message.type === "durable" && message.id !== undefined) {
        waiting.get(message.id)?.(Y.decodeStateVector(Buffer.from(message.stateVector ?? "", "base64")));
        waiting.delete(message.id);
      }
    },
  });
  // Messages arrive only once attached and connected, after `client` below exists.
  const client: TClient = {
    provider,
    socket,
    doc,
    failures,
    stateless,
    closes,
    onAcknowledged: null,
    checkDurable() {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        provider.sendStateless(JSON.stringify({ type: "durability-check", id }));
      });
    },
    synced: () => waitFor(`${options.name} synced`, () => provider.isSynced),
    destroy() {
      provider.destroy();
      if (ownSocket) socket.destroy();
    },
  };
  provider.attach();
  return client;
}

/** Appends a paragraph with `text` to the section, as typing in the editor would. */
export function typeParagraph(doc: Y.Doc, text: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(FRAGMENT_NAME);
  fragment.insert(fragment.length, [paragraph]);
}

export function textOf(doc: Y.Doc): string {
  return renderPlainText(renderProseMirrorJson(doc));
}

/** Same content (Yjs state) in both documents. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  const vector = (doc: Y.Doc) => JSON.stringify([...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([x], [y]) => x - y));
  return vector(a) === vector(b) && a.getXmlFragment(FRAGMENT_NAME).toJSON() === b.getXmlFragment(FRAGMENT_NAME).toJSON();
}
