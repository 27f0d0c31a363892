// The LISTEN connection of a web process: notifications from another connection arrive,
// only after commit, and a dropped connection is re-opened (subscribers are told to refetch).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createNotificationListener, type TNotificationListener } from "./notifications.ts";
import { createTestDatabase, type TestDatabase } from "./testing/test-database.ts";

describe("notification listener", () => {
  let database: TestDatabase;
  let listener: TNotificationListener;
  let sender: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    listener = createNotificationListener(database.url);
    sender = new pg.Client({ connectionString: database.url });
    await sender.connect();
  });
  afterAll(async () => {
    await listener.close();
    await sender.end();
    await database.drop();
  });

  it("delivers what another connection sends, and nothing from a rolled-back transaction", async () => {
    const received = vi.fn();
    const stop = await listener.subscribe("test_kanaal", received);
    await sender.query("BEGIN");
    await sender.query("SELECT pg_notify('test_kanaal', 'teruggedraaid')");
    await sender.query("ROLLBACK");
    await sender.query("SELECT pg_notify('test_kanaal', 'hallo')");
    await vi.waitFor(() => expect(received).toHaveBeenCalledWith("hallo"));
    expect(received).toHaveBeenCalledTimes(1);
    stop();
    await sender.query("SELECT pg_notify('test_kanaal', 'na afmelden')");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveBeenCalledTimes(1);
  });

  it("re-opens a dropped connection, tells subscribers to refetch, and keeps listening", async () => {
    const received = vi.fn();
    const stop = await listener.subscribe("test_kanaal", received);
    const { rowCount } = await sender.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    expect(rowCount).toBe(1);
    await vi.waitFor(() => expect(received).toHaveBeenCalledWith(""), { timeout: 5000 });
    await sender.query("SELECT pg_notify('test_kanaal', 'weer verbonden')");
    await vi.waitFor(() => expect(received).toHaveBeenCalledWith("weer verbonden"));
    stop();
  });
});
