import { createGemeenten, createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { ANONYMOUS, loadViewer, type TViewer } from "../access/viewer.ts";
import { updateSectionMeta } from "../sections/update-section-meta.ts";
import { previewPublication } from "./preview-publication.ts";
import { publish } from "./publish.ts";
import { publicationVisibility } from "./publication-visibility.ts";
import { getPublication, getPublicationViewerState, listPublications } from "./read-publications.ts";
import { withdrawPublication } from "./withdraw.ts";

const ECONOMIE = "regionale-economie";
const WONEN = "woningbouw-op-zoek-naar-balans-tussen-vraag-en-aanbod";

/** A Yjs update with the paragraphs (and optional links) as a section, as Tiptap writes it. */
function paragraphsUpdate(doc: Y.Doc, ...paragraphs: (string | { text: string; href: string })[]): Uint8Array<ArrayBuffer> {
  const before = Y.encodeStateVector(doc);
  const fragment = doc.getXmlFragment("default");
  for (const entry of paragraphs) {
    const paragraph = new Y.XmlElement("paragraph");
    const text = new Y.XmlText();
    if (typeof entry === "string") text.insert(0, entry);
    else text.insert(0, entry.text, { link: { href: entry.href } });
    paragraph.insert(0, [text]);
    fragment.insert(fragment.length, [paragraph]);
  }
  return Y.encodeStateAsUpdate(doc, before) as Uint8Array<ArrayBuffer>;
}

describe("publications", () => {
  let database: TestDatabase;
  const viewers: Record<string, TViewer> = {};
  const ids: Record<string, string> = {};
  const ctx = (who: string) => ({ db: database.db, viewer: viewers[who] ?? ANONYMOUS });
  const zwolleDoc = new Y.Doc();
  let zwolleId = "";

  beforeAll(async () => {
    database = await createTestDatabase(inject("postgresAdminUrl"));
    const { db } = database;
    await createGemeenten(db);
    const people = {
      ambtenaar: { email: "ambtenaar@zwolle.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" as const }] },
      griffier: { email: "griffier@zwolle.example", name: "Gert Griffier", memberships: [{ gemeente: "zwolle", role: "GRIFFIER" as const }] },
      raadslid: { email: "raadslid@zwolle.example", memberships: [{ gemeente: "zwolle", role: "RAADSLID" as const }] },
      beheerder: { email: "beheer@zwolle.example", memberships: [{ gemeente: "zwolle", role: "BEHEERDER" as const }] },
      griffierEnschede: { email: "griffier@enschede.example", memberships: [{ gemeente: "enschede", role: "GRIFFIER" as const }] },
      raadslidEnschede: { email: "raadslid@enschede.example", memberships: [{ gemeente: "enschede", role: "RAADSLID" as const }] },
      redactie: { email: "redactie@trendbureau.example", globalRole: "REDACTIE" as const },
      admin: { email: "admin@trendweb.example", name: "Ada Admin", globalRole: "ADMIN" as const },
    };
    for (const [key, spec] of Object.entries(people)) {
      ids[key] = (await createUser(db, spec)).id;
      viewers[key] = await loadViewer(db, ids[key]);
    }
    zwolleId = (await db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } })).id;
    // Zwolle's regionale-economie section: a compacted state and one acknowledged update in the tail.
    const state = paragraphsUpdate(zwolleDoc, "Zwolle is de motor van de regio.");
    await db.collabDocument.create({ data: { name: `section/zwolle/${ECONOMIE}`, gemeenteId: zwolleId, lemmaSlug: ECONOMIE, state, json: {} } });
    await db.collabUpdate.create({
      data: { documentName: `section/zwolle/${ECONOMIE}`, update: paragraphsUpdate(zwolleDoc, { text: "Zie de raad", href: "https://www.zwolle.nl/raad" }, { text: "kwaad", href: "javascript:alert(1)" }) },
    });
    await updateSectionMeta(ctx("ambtenaar"), "zwolle", ECONOMIE, { status: "GEREED", rating: "HOOG" });
    await updateSectionMeta(ctx("ambtenaar"), "zwolle", WONEN, { status: "CONCEPT", rating: null });
    const quote = { type: "TextQuoteSelector", exact: "de economie", prefix: "", suffix: "" };
    const position = { type: "TextPositionSelector", start: 0, end: 11 };
    await db.annotation.createMany({
      data: [
        { gemeenteId: zwolleId, lemmaSlug: ECONOMIE, blockId: "b-body-01", selectors: { quote, position }, type: "KANS", visibility: "OPENBAAR", body: "<script>alert(1)</script> Kans voor Zwolle", authorId: ids.ambtenaar },
        { gemeenteId: zwolleId, lemmaSlug: ECONOMIE, blockId: "b-body-01", selectors: { quote, position }, type: "VRAAG", visibility: "WERKRUIMTE", body: "Interne vraag", authorId: ids.ambtenaar },
      ],
    });
    await db.localSection.update({ where: { gemeenteId_lemmaSlug: { gemeenteId: zwolleId, lemmaSlug: WONEN } }, data: { outdatedSince: new Date() } });
  });
  afterAll(() => database.drop());

  it("previews: GEREED lemmas chosen by default, warnings for not GEREED and verouderd", async () => {
    const preview = await previewPublication(ctx("griffier"), "zwolle");
    expect(preview.nextVersion).toBe(1);
    expect(preview.lemmas).toHaveLength(20);
    expect(preview.lemmas.filter((lemma) => lemma.selected).map((lemma) => lemma.slug)).toEqual([ECONOMIE]);
    expect(preview.lemmas.find((lemma) => lemma.slug === ECONOMIE)?.warnings).toEqual([]);
    expect(preview.lemmas.find((lemma) => lemma.slug === WONEN)).toMatchObject({ status: "CONCEPT", warnings: ["NIET_GEREED", "VEROUDERD"] });
    for (const who of ["ambtenaar", "raadslid", "beheerder", "griffierEnschede", "redactie"]) {
      await expect(previewPublication(ctx(who), "zwolle"), who).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(previewPublication(ctx("anonymous"), "zwolle")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(previewPublication(ctx("griffier"), "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("publishes a frozen snapshot: sanitized HTML from the committed text, rating, public annotations, core version; audited", async () => {
    const published = await publish(ctx("griffier"), "zwolle", { lemmas: [WONEN, ECONOMIE], coverNote: "  Geachte raad, hierbij de Trendweb.  ", visibility: "OPENBAAR" });
    expect(published).toMatchObject({ version: 1, path: "/g/zwolle/publicaties/1" });
    const view = await getPublication(ctx("anonymous"), "zwolle", 1);
    expect(view.publication).toMatchObject({ version: 1, visibility: "OPENBAAR", coverNote: "Geachte raad, hierbij de Trendweb.", publishedByName: "Gert Griffier", withdrawn: null });
    // Core order (A–T), not the order of the form.
    expect(view.publication.sections.map((section) => section.lemmaSlug)).toEqual([ECONOMIE, WONEN]);
    const [economie, wonen] = view.publication.sections;
    expect(economie).toMatchObject({ lemmaLetter: "B", status: "GEREED", rating: "HOOG", coreVersion: 0, coreVersionAtPublication: 0, outdatedSince: null });
    expect(economie!.coreTitle).toBeTruthy();
    expect(economie!.html).toBe(
      '<p>Zwolle is de motor van de regio.</p><p><a href="https://www.zwolle.nl/raad" rel="noopener noreferrer nofollow">Zie de raad</a></p><p>kwaad</p>',
    );
    expect(economie!.plainText).toBe("Zwolle is de motor van de regio.\n\nZie de raad\n\nkwaad");
    expect(economie!.annotations).toEqual([
      { blockId: "b-body-01", type: "KANS", quote: "de economie", body: "<script>alert(1)</script> Kans voor Zwolle", createdAt: expect.any(Date) },
    ]);
    expect(wonen).toMatchObject({ status: "CONCEPT", html: "", outdatedSince: expect.any(Date) });
    const audit = await database.db.auditEvent.findMany({ where: { action: "publication.published" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: ids.griffier, gemeenteId: zwolleId, subject: "versie 1", details: { version: 1, visibility: "OPENBAAR", lemmas: [ECONOMIE, WONEN] } });
  });

  it("refuses publishing to everyone but GRIFFIER and ADMIN, and invalid input", async () => {
    const valid = { lemmas: [ECONOMIE], coverNote: "Brief", visibility: "RAAD" } as const;
    for (const who of ["ambtenaar", "raadslid", "beheerder", "griffierEnschede", "redactie"]) {
      await expect(publish(ctx(who), "zwolle", valid), who).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(publish(ctx("anonymous"), "zwolle", valid)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(publish(ctx("griffier"), "zwolle", { ...valid, lemmas: [] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(publish(ctx("griffier"), "zwolle", { ...valid, lemmas: ["bestaat-niet"] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(publish(ctx("griffier"), "zwolle", { ...valid, lemmas: [ECONOMIE, ECONOMIE] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(publish(ctx("griffier"), "zwolle", { ...valid, coverNote: "   " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(publish(ctx("griffier"), "zwolle", { ...valid, visibility: "IEDEREEN" as never })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await database.db.publication.count()).toBe(1);
  });

  it("numbers versions per gemeente, 1, 2, …, also when griffiers publish at the same moment", async () => {
    const input = { lemmas: [ECONOMIE], coverNote: "Voor de raad", visibility: "RAAD" } as const;
    const versions = await Promise.all([publish(ctx("griffier"), "zwolle", input), publish(ctx("admin"), "zwolle", input), publish(ctx("griffier"), "zwolle", input)]);
    expect(versions.map((entry) => entry.version).sort()).toEqual([2, 3, 4]);
    const enschede = await publish(ctx("griffierEnschede"), "enschede", { ...input, visibility: "OPENBAAR" });
    expect(enschede.version).toBe(1);
    expect((await previewPublication(ctx("griffier"), "zwolle")).nextVersion).toBe(5);
  });

  it("never changes a published version: later edits, ratings and annotations do not reach it, and the database refuses changes", async () => {
    const { db } = database;
    const before = await getPublication(ctx("anonymous"), "zwolle", 1);
    await db.collabUpdate.create({ data: { documentName: `section/zwolle/${ECONOMIE}`, update: paragraphsUpdate(zwolleDoc, "Later toegevoegd.") } });
    await updateSectionMeta(ctx("ambtenaar"), "zwolle", ECONOMIE, { status: "CONCEPT", rating: "LAAG" });
    await db.annotation.updateMany({ where: { gemeenteId: zwolleId }, data: { body: "Gewijzigd" } });
    expect(await getPublication(ctx("anonymous"), "zwolle", 1)).toEqual(before);

    // The next publication has the new text.
    const next = await publish(ctx("griffier"), "zwolle", { lemmas: [ECONOMIE], coverNote: "Nieuw", visibility: "OPENBAAR" });
    const view = await getPublication(ctx("anonymous"), "zwolle", next.version);
    expect(view.publication.sections[0]!.plainText).toContain("Later toegevoegd.");
    expect(view.publication.sections[0]).toMatchObject({ status: "CONCEPT", rating: "LAAG" });

    const publication = await db.publication.findUniqueOrThrow({ where: { gemeenteId_version: { gemeenteId: zwolleId, version: 1 } } });
    await expect(db.publicationSection.updateMany({ where: { publicationId: publication.id }, data: { html: "<p>vervalst</p>" } })).rejects.toThrow(/gepubliceerde versie/);
    await expect(db.publicationSection.deleteMany({ where: { publicationId: publication.id } })).rejects.toThrow(/gepubliceerde versie/);
    await expect(db.publication.update({ where: { id: publication.id }, data: { coverNote: "vervalst" } })).rejects.toThrow(/gepubliceerde versie/);
    await expect(db.publication.update({ where: { id: publication.id }, data: { visibility: "RAAD" } })).rejects.toThrow(/gepubliceerde versie/);
    await expect(db.publication.delete({ where: { id: publication.id } })).rejects.toThrow(/niet worden verwijderd/);
    await expect(db.publication.update({ where: { id: publication.id }, data: { withdrawnAt: new Date(), withdrawnByName: "x" } })).rejects.toThrow(/reden/);
    expect((await getPublication(ctx("anonymous"), "zwolle", 1)).publication).toEqual(before.publication);
  });

  it("shows RAAD publications only to raadsleden and griffie of the gemeente and ADMIN", async () => {
    // Version 2 is RAAD.
    for (const who of ["raadslid", "griffier", "admin"]) {
      expect((await getPublication(ctx(who), "zwolle", 2)).publication.visibility, who).toBe("RAAD");
      const list = await listPublications(ctx(who), "zwolle");
      expect(list.publications.map((entry) => entry.version), who).toEqual([5, 4, 3, 2, 1]);
      expect(list.hiddenCouncilOnly).toBe(0);
    }
    for (const who of ["ambtenaar", "beheerder", "griffierEnschede", "raadslidEnschede", "redactie"]) {
      await expect(getPublication(ctx(who), "zwolle", 2), who).rejects.toMatchObject({ code: "FORBIDDEN" });
      const list = await listPublications(ctx(who), "zwolle");
      expect(list.publications.map((entry) => entry.version), who).toEqual([5, 1]);
      expect(list).toMatchObject({ hiddenCouncilOnly: 3, canReadCouncil: false, canPublish: false });
    }
    await expect(getPublication(ctx("anonymous"), "zwolle", 2)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await listPublications(ctx("anonymous"), "zwolle")).publications.map((entry) => entry.version)).toEqual([5, 1]);
    expect((await listPublications(ctx("griffier"), "zwolle")).canPublish).toBe(true);
    // OPENBAAR ones are for everyone, including other gemeenten.
    expect((await getPublication(ctx("griffierEnschede"), "zwolle", 1)).canWithdraw).toBe(false);
    await expect(getPublication(ctx("anonymous"), "zwolle", 99)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublication(ctx("anonymous"), "bestaat-niet", 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listPublications(ctx("anonymous"), "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("resolves laatste to the newest publication the viewer may read", async () => {
    expect((await getPublication(ctx("raadslid"), "zwolle", "laatste")).publication.version).toBe(5);
    expect((await getPublication(ctx("anonymous"), "zwolle", "laatste")).publication.version).toBe(5);
    await expect(getPublication(ctx("anonymous"), "deventer", "laatste")).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Only council-only publications (Deventer)? Sign in first.
    await publish(ctx("admin"), "deventer", { lemmas: [ECONOMIE], coverNote: "Raad", visibility: "RAAD" });
    await expect(getPublication(ctx("anonymous"), "deventer", "laatste")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getPublication(ctx("raadslid"), "deventer", "laatste")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("tells each viewer what is theirs beside the (cacheable) page body, with the same access rules as the page", async () => {
    // Versions: 1 and 5 OPENBAAR, 2–4 RAAD.
    expect(await getPublicationViewerState(ctx("griffier"), "zwolle", 1)).toEqual({ newestReadableVersion: 5, canWithdraw: true });
    expect(await getPublicationViewerState(ctx("admin"), "zwolle", 2)).toEqual({ newestReadableVersion: 5, canWithdraw: true });
    for (const who of ["anonymous", "raadslid", "ambtenaar", "griffierEnschede"]) {
      expect(await getPublicationViewerState(ctx(who), "zwolle", 1), who).toEqual({ newestReadableVersion: 5, canWithdraw: false });
    }
    expect(await getPublicationViewerState(ctx("raadslid"), "zwolle", 2)).toEqual({ newestReadableVersion: 5, canWithdraw: false });
    await expect(getPublicationViewerState(ctx("anonymous"), "zwolle", 2)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    for (const who of ["ambtenaar", "griffierEnschede", "redactie"]) {
      await expect(getPublicationViewerState(ctx(who), "zwolle", 2), who).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(getPublicationViewerState(ctx("griffier"), "zwolle", 99)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getPublicationViewerState(ctx("anonymous"), "bestaat-niet", 1)).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await publicationVisibility(database.db, "zwolle", 1)).toBe("OPENBAAR");
    expect(await publicationVisibility(database.db, "zwolle", 2)).toBe("RAAD");
    expect(await publicationVisibility(database.db, "zwolle", 99)).toBeNull();
    expect(await publicationVisibility(database.db, "ommen", 1)).toBeNull();
    expect(await publicationVisibility(database.db, "bestaat-niet", 1)).toBeNull();
  });

  it("withdraws with a mandatory reason, once, by GRIFFIER or ADMIN; the publication stays readable with the notice", async () => {
    for (const who of ["ambtenaar", "raadslid", "beheerder", "griffierEnschede", "redactie"]) {
      await expect(withdrawPublication(ctx(who), "zwolle", 5, { reason: "Fout" }), who).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(withdrawPublication(ctx("anonymous"), "zwolle", 5, { reason: "Fout" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(withdrawPublication(ctx("griffier"), "zwolle", 5, { reason: "   " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(withdrawPublication(ctx("griffier"), "zwolle", 99, { reason: "Fout" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await withdrawPublication(ctx("griffier"), "zwolle", 5, { reason: " Verkeerde versie van de brief. " });
    await expect(withdrawPublication(ctx("admin"), "zwolle", 5, { reason: "Nog eens" })).rejects.toMatchObject({ code: "CONFLICT" });

    const view = await getPublication(ctx("anonymous"), "zwolle", 5);
    expect(view.publication.withdrawn).toEqual({ at: expect.any(Date), byName: "Gert Griffier", reason: "Verkeerde versie van de brief." });
    expect(view.canWithdraw).toBe(false);
    expect(await getPublicationViewerState(ctx("griffier"), "zwolle", 5)).toEqual({ newestReadableVersion: 4, canWithdraw: false });
    expect(await getPublicationViewerState(ctx("anonymous"), "zwolle", 5)).toEqual({ newestReadableVersion: 1, canWithdraw: false });
    expect(view.publication.sections).toHaveLength(1);
    // laatste skips the withdrawn version.
    expect((await getPublication(ctx("anonymous"), "zwolle", "laatste")).publication.version).toBe(1);
    expect((await getPublication(ctx("raadslid"), "zwolle", "laatste")).publication.version).toBe(4);
    const audit = await database.db.auditEvent.findMany({ where: { action: "publication.withdrawn" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: ids.griffier, subject: "versie 5", details: { version: 5, reason: "Verkeerde versie van de brief." } });
    // The withdrawal itself is frozen too.
    const row = await database.db.publication.findUniqueOrThrow({ where: { gemeenteId_version: { gemeenteId: zwolleId, version: 5 } } });
    await expect(database.db.publication.update({ where: { id: row.id }, data: { withdrawalReason: "anders" } })).rejects.toThrow(/al ingetrokken/);
  });
});
