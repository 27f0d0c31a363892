// PostgreSQL LISTEN/NOTIFY for live updates across processes: every web process keeps one
// dedicated connection that listens, and fans notifications out to its subscribers. A NOTIFY
// sent inside a transaction is delivered only when it commits, so subscribers never hear of
// work that was rolled back.
import pg from "pg";
import { readDatabaseUrl } from "./env.ts";

type THandler = (payload: string) => void;

export interface TNotificationListener {
  /** Calls `handler` with each payload on `channel` until the returned function is called. */
  subscribe(channel: string, handler: THandler): Promise<() => void>;
  close(): Promise<void>;
}

const RECONNECT_MS = 1000;

export function createNotificationListener(connectionString: string): TNotificationListener {
  const handlers = new Map<string, Set<THandler>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const fresh = new pg.Client({ connectionString });
      fresh.on("notification", (message) => {
        for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? "");
      });
      // A lost connection is re-opened and every channel listened to again; what was sent
      // meanwhile is missed, so subscribers are told (empty payload) to refetch.
      fresh.on("error", () => undefined);
      fresh.on("end", () => {
        client = null;
        connecting = null;
        if (closed || handlers.size === 0) return;
        setTimeout(() => {
          if (closed) return;
          void connect()
            .then(() => {
              for (const set of handlers.values()) for (const handler of set) handler("");
            })
            .catch(() => undefined);
        }, RECONNECT_MS).unref();
      });
      await fresh.connect();
      for (const channel of handlers.keys()) await fresh.query(`LISTEN ${quoteIdentifier(channel)}`);
      client = fresh;
      return fresh;
    })().catch((error: unknown) => {
      connecting = null;
      throw error;
    });
    return connecting;
  };

  return {
    async subscribe(channel, handler) {
      const isNew = !handlers.has(channel);
      const set = handlers.get(channel) ?? new Set();
      set.add(handler);
      handlers.set(channel, set);
      const wasConnected = client !== null;
      const connection = await connect();
      if (isNew && wasConnected) await connection.query(`LISTEN ${quoteIdentifier(channel)}`);
      return () => {
        set.delete(handler);
      };
    },
    async close() {
      closed = true;
      const connection = client;
      client = null;
      await connection?.end();
    },
  };
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid channel name: ${name}`);
  return `"${name}"`;
}

// One listener per process for the app's own database, created on first use.
const holder = globalThis as typeof globalThis & { trendwebListener?: TNotificationListener };

export function getNotificationListener(): TNotificationListener {
  holder.trendwebListener ??= createNotificationListener(readDatabaseUrl());
  return holder.trendwebListener;
}
