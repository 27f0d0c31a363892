// Publishing and withdrawing tell the raad: in-app notifications for the raadsleden and
// griffie of that gemeente only, and e-mail through a real (local) SMTP server.
import { createGemeenten, createMembers, createTestDatabase, type TestDatabase } from "@trendweb/db/testing";
import { findFreePort } from "@trendweb/db/embedded-postgres";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ANONYMOUS, loadViewer, type TViewer } from "../access/viewer.ts";
import { publish } from "../publications/publish.ts";
import { withdrawPublication } from "../publications/withdraw.ts";
import { countUnreadNotifications, listNotifications, markNotificationsRead } from "./list-notifications.ts";

interface TReceived {
  to: string[];
  subject: string;
  body: string;
}

/** The text body of a received message, quoted-printable decoded. */
function decodeBody(raw: string): { subject: string; body: string } {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  let body = rest.join("\n\n");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    body = Buffer.from(body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");
  }
  return { subject: /^subject: (.*)$/im.exec(head)?.[1] ?? "", body: body.replace(/\r\n/g, "\n") };
}

describe("notifications", () => {
  let database: TestDatabase;
  let smtp: SMTPServer;
  let smtpPort = 0;
  const received: TReceived[] = [];
  const viewers: Record<string, TViewer> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });
  const previousSmtp = process.env.SMTP_URL;
  const previousAuthUrl = process.env.AUTH_URL;

  async function waitForMails(count: number): Promise<TReceived[]> {
    const deadline = Date.now() + 10_000;
    while (received.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    return received.splice(0, received.length);
  }

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    await createGemeenten(database.db);
    const ids = await createMembers(database.db, [
      ["griffier", "zwolle", "GRIFFIER"],
      ["griffier2", "zwolle", "GRIFFIER"],
      ["raadslid1", "zwolle", "RAADSLID"],
      ["raadslid2", "zwolle", "RAADSLID"],
      ["ambtenaar", "zwolle", "AMBTENAAR"],
      ["raadslidEnschede", "enschede", "RAADSLID"],
    ] as const);
    for (const [key, id] of Object.entries(ids)) viewers[key] = await loadViewer(database.db, id);

    smtpPort = await findFreePort();
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), ...decodeBody(Buffer.concat(chunks).toString("utf8")) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
    process.env.AUTH_URL = "https://trendweb.example.nl";
  });

  afterAll(async () => {
    process.env.SMTP_URL = previousSmtp;
    process.env.AUTH_URL = previousAuthUrl;
    if (previousSmtp === undefined) delete process.env.SMTP_URL;
    if (previousAuthUrl === undefined) delete process.env.AUTH_URL;
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await database.drop();
  });

  it("publishing notifies every raadslid and griffier of that gemeente (not the publisher), in the app and by e-mail", async () => {
    const { version, path } = await publish(ctx("griffier"), "zwolle", { lemmas: ["regionale-economie"], coverNote: "Geachte raad,", visibility: "RAAD" });
    const rows = await database.db.notification.findMany({ include: { user: { select: { email: true } } } });
    expect(rows.map((row) => row.user.email).sort()).toEqual(["griffier2@test.example", "raadslid1@test.example", "raadslid2@test.example"]);
    for (const row of rows) expect(row).toMatchObject({ kind: "PUBLICATION_PUBLISHED", path, title: `Trendweb Zwolle, versie ${version} is gepubliceerd (alleen voor de raad)`, readAt: null });

    const mails = await waitForMails(3);
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual(["griffier2@test.example", "raadslid1@test.example", "raadslid2@test.example"]);
    for (const mail of mails) {
      expect(mail.subject).toBe(`Nieuwe publicatie: Trendweb Zwolle, versie ${version}`);
      expect(mail.body).toContain(`https://trendweb.example.nl/g/zwolle/publicaties/${version}`);
      expect(mail.body).toContain("alleen voor de raad");
    }
  });

  it("each person lists and marks only their own notifications", async () => {
    expect(await countUnreadNotifications(ctx("raadslid1"))).toBe(1);
    const { notifications, unread } = await listNotifications(ctx("raadslid1"));
    expect(unread).toBe(1);
    expect(notifications).toEqual([expect.objectContaining({ gemeenteName: "Zwolle", read: false, kind: "PUBLICATION_PUBLISHED" })]);
    expect(await markNotificationsRead(ctx("raadslid1"))).toBe(1);
    expect(await listNotifications(ctx("raadslid1"))).toMatchObject({ unread: 0, notifications: [{ read: true }] });
    // Someone else's stay unread; other gemeenten and the publisher got none.
    expect(await countUnreadNotifications(ctx("raadslid2"))).toBe(1);
    expect(await listNotifications(ctx("raadslidEnschede"))).toEqual({ notifications: [], unread: 0 });
    expect(await listNotifications(ctx("griffier"))).toEqual({ notifications: [], unread: 0 });
    expect(await listNotifications(ctx("ambtenaar"))).toEqual({ notifications: [], unread: 0 });
    expect(await countUnreadNotifications(ctx("anonymous"))).toBe(0);
    await expect(listNotifications(ctx("anonymous"))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(markNotificationsRead(ctx("anonymous"))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("withdrawing notifies them too, with the reason in the e-mail", async () => {
    await withdrawPublication(ctx("griffier2"), "zwolle", 1, { reason: "Verkeerde bijlage." });
    const rows = await database.db.notification.findMany({ where: { kind: "PUBLICATION_WITHDRAWN" }, include: { user: { select: { email: true } } } });
    expect(rows.map((row) => row.user.email).sort()).toEqual(["griffier@test.example", "raadslid1@test.example", "raadslid2@test.example"]);
    const mails = await waitForMails(3);
    expect(mails.map((mail) => mail.subject)).toEqual(Array(3).fill("Ingetrokken: Trendweb Zwolle, versie 1"));
    expect(mails[0]!.body).toContain("Reden: Verkeerde bijlage.");
  });

  it("still publishes, with in-app notifications, when the mail server is down or not configured", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await findFreePort()}`;
    const down = await publish(ctx("griffier"), "zwolle", { lemmas: ["regionale-economie"], coverNote: "Zonder mail", visibility: "OPENBAAR" });
    delete process.env.SMTP_URL;
    const off = await publish(ctx("griffier"), "zwolle", { lemmas: ["regionale-economie"], coverNote: "Zonder mail", visibility: "OPENBAAR" });
    for (const { path } of [down, off]) expect(await database.db.notification.count({ where: { path, kind: "PUBLICATION_PUBLISHED" } })).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(received).toEqual([]);
  });
});
