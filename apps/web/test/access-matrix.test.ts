// The role × gemeente × endpoint matrix (issue 4). Pages and route handlers are requested
// over HTTP from the real app with real sessions; server actions are thin wrappers around
// services, so each action's service is called as each persona. Every endpoint found on
// disk must have cases here: adding one without cases fails the first two tests.
import { createTestDatabase, createUser, type TestDatabase } from "@trendweb/db/testing";
import { findFreePort } from "@trendweb/db/embedded-postgres";
import { launchApp, stopApp, waitForHealth, type LaunchedApp } from "@trendweb/launcher/testing";
import { requestSnapshotRestore } from "@trendweb/auth/collab-restore";
import { blockPlainText, getLemma } from "@trendweb/content";
import {
  addAnnotationReply,
  correctCoreBlock,
  createAnnotation,
  deleteAnnotation,
  deleteAnnotationReply,
  editAnnotation,
  importWebAnnotations,
  markSectionReviewed,
  reattachAnnotation,
  setAnnotationResolved,
  createInvitation,
  createNamedSnapshot,
  hashPassword,
  loadViewer,
  markNotificationsRead,
  publish,
  withdrawPublication,
  removeMember,
  restoreSectionSnapshot,
  revokeInvitation,
  setMemberRoles,
  updateSectionMeta,
  ANONYMOUS,
  type ServiceContext,
  type TViewer,
} from "@trendweb/services";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { isAdmin, PERSONAS, zwolle, type TPersona } from "./personas.ts";
import { listRoutes, listServerActions } from "./route-inventory.ts";

/** A snapshot of Zwolle's regionale-economie section that exists in every run (see beforeAll). */
const SNAPSHOT_ID = "matrixversie";
const AUTH_SECRET = "matrix-test-secret-matrix-test-secret-0123";
const DEVENTER_COUNCIL_ONLY = "Raadsgeheim van Deventer";
const DEVENTER_DRAFT = "Concept van Deventer, nooit gepubliceerd";
const KAMPEN_PUBLIC = "Openbare tekst van Kampen";
const draftsOfZwolle = (p: TPersona) => zwolle(p, "AMBTENAAR", "GRIFFIER") || isAdmin(p);
const councilOfZwolle = (p: TPersona) => zwolle(p, "GRIFFIER", "RAADSLID") || isAdmin(p);
const publishesForZwolle = (p: TPersona) => zwolle(p, "GRIFFIER") || isAdmin(p);
const draftsOfEnschede = (p: TPersona) => (p.kind === "member" && p.gemeente === "enschede" && ["AMBTENAAR", "GRIFFIER"].includes(p.role)) || isAdmin(p);
const correctsCoreText = (p: TPersona) => p.kind === "global";

// Annotations (issue 6): a Zwolle WERKRUIMTE annotation whose text must never reach anyone
// outside Zwolle's drafts, through any page or route (see "isolation" below).
const LEMMA = "regionale-economie";
const ANNOTATED_BLOCK = getLemma(LEMMA)!.blocks.find((block) => block.type === "paragraph")!;
const CORRECTED_BLOCK = getLemma(LEMMA)!.relevance.blocks.at(-1)!;
const ZWOLLE_SECRET = "GEHEIM-VAN-ZWOLLE-matrix";
const passage = () => {
  const text = blockPlainText(ANNOTATED_BLOCK);
  return { blockId: ANNOTATED_BLOCK.id, start: 0, end: 20, exact: text.slice(0, 20) };
};
const newAnnotation = (body: string) => ({ ...passage(), type: "VRAAG" as const, visibility: "WERKRUIMTE" as const, body });
/** The caller's own annotation when it may write Zwolle's drafts, else one by an admin (to be refused). */
const annotationFor = async (ctx: ServiceContext, p: TPersona) =>
  createAnnotation(draftsOfZwolle(p) ? ctx : await adminContext(), "zwolle", LEMMA, newAnnotation(`Matrix ${p.key}`));
const IMPORT_DOCUMENT = {
  "@context": "http://www.w3.org/ns/anno.jsonld",
  type: "Annotation",
  body: { type: "TextualBody", value: "Geïmporteerd in de matrix" },
  target: { source: `https://trendweb.example/lemma/${LEMMA}#${ANNOTATED_BLOCK.id}`, selector: { type: "TextQuoteSelector", exact: blockPlainText(ANNOTATED_BLOCK).slice(0, 20) } },
};

type TOutcome = "ok" | "inloggen" | "doorverwezen" | "401" | "403" | "404";
interface TRequestCase {
  path: string;
  expect: (persona: TPersona) => TOutcome;
}

const everyone = (): TOutcome => "ok";
const signInFirst = (allowed: (persona: TPersona) => boolean) => (persona: TPersona): TOutcome =>
  persona.kind === "anonymous" ? "inloggen" : allowed(persona) ? "ok" : "403";

const PAGE_CASES: Record<string, TRequestCase[]> = {
  "/": [{ path: "/", expect: everyone }],
  "/inloggen": [{ path: "/inloggen", expect: (persona) => (persona.kind === "anonymous" ? "ok" : "doorverwezen") }],
  "/g/[gemeente]": [
    { path: "/g/zwolle", expect: signInFirst((p) => zwolle(p, "AMBTENAAR", "GRIFFIER", "RAADSLID", "BEHEERDER") || isAdmin(p)) },
    { path: "/g/bestaat-niet", expect: () => "404" },
  ],
  "/g/[gemeente]/lemma/[slug]": [
    { path: "/g/zwolle/lemma/regionale-economie", expect: signInFirst((p) => zwolle(p, "AMBTENAAR", "GRIFFIER") || isAdmin(p)) },
    { path: "/g/enschede/lemma/regionale-economie", expect: signInFirst(draftsOfEnschede) },
    { path: "/g/zwolle/lemma/bestaat-niet", expect: () => "404" },
    { path: "/g/bestaat-niet/lemma/regionale-economie", expect: () => "404" },
  ],
  "/g/[gemeente]/lemma/[slug]/geschiedenis": [
    { path: "/g/zwolle/lemma/regionale-economie/geschiedenis", expect: signInFirst(draftsOfZwolle) },
    { path: "/g/zwolle/lemma/bestaat-niet/geschiedenis", expect: () => "404" },
    { path: "/g/bestaat-niet/lemma/regionale-economie/geschiedenis", expect: () => "404" },
  ],
  "/g/[gemeente]/lemma/[slug]/geschiedenis/[snapshot]": [
    { path: `/g/zwolle/lemma/regionale-economie/geschiedenis/${SNAPSHOT_ID}`, expect: signInFirst(draftsOfZwolle) },
    {
      path: "/g/zwolle/lemma/regionale-economie/geschiedenis/bestaat-niet",
      expect: (p) => (p.kind === "anonymous" ? "inloggen" : draftsOfZwolle(p) ? "404" : "403"),
    },
    // Zwolle's snapshot asked for through Enschede's workspace: not found there.
    {
      path: `/g/enschede/lemma/regionale-economie/geschiedenis/${SNAPSHOT_ID}`,
      expect: (p) => (p.kind === "anonymous" ? "inloggen" : (p.kind === "member" && p.gemeente === "enschede" && ["AMBTENAAR", "GRIFFIER"].includes(p.role)) || isAdmin(p) ? "404" : "403"),
    },
  ],
  "/g/[gemeente]/leden": [
    { path: "/g/zwolle/leden", expect: signInFirst((p) => zwolle(p, "BEHEERDER") || isAdmin(p)) },
    { path: "/g/bestaat-niet/leden", expect: () => "404" },
  ],
  "/g/[gemeente]/publicaties": [
    { path: "/g/zwolle/publicaties", expect: everyone },
    { path: "/g/bestaat-niet/publicaties", expect: () => "404" },
  ],
  "/g/[gemeente]/publicaties/[versie]": [
    { path: "/g/zwolle/publicaties/1", expect: everyone },
    { path: "/g/zwolle/publicaties/2", expect: signInFirst(councilOfZwolle) },
    { path: "/g/zwolle/publicaties/99", expect: () => "404" },
    { path: "/g/zwolle/publicaties/eerste", expect: () => "404" },
    { path: "/g/enschede/publicaties/laatste", expect: () => "404" },
    { path: "/g/bestaat-niet/publicaties/1", expect: () => "404" },
    // Anonymous visitors get the cached rendering, signed-in people the per-request page (proxy.ts).
    { path: "/g/zwolle/publicaties/laatste", expect: everyone },
  ],
  // The cached rendering is reached only through the proxy's rewrite, never at its own address.
  "/g/[gemeente]/publicaties/[versie]/openbaar": [
    { path: "/g/zwolle/publicaties/1/openbaar", expect: () => "404" },
    { path: "/g/zwolle/publicaties/2/openbaar", expect: () => "404" },
    { path: "/g/zwolle/publicaties/laatste/openbaar", expect: () => "404" },
  ],
  "/g/[gemeente]/publicaties/[versie]/verschil": [
    // Version 1 has no earlier one: the page says so, for everyone.
    { path: "/g/zwolle/publicaties/1/verschil", expect: everyone },
    { path: "/g/zwolle/publicaties/2/verschil", expect: signInFirst(councilOfZwolle) },
    { path: "/g/zwolle/publicaties/1/verschil?met=2", expect: signInFirst(councilOfZwolle) },
    { path: "/g/zwolle/publicaties/1/verschil?met=99", expect: () => "404" },
    { path: "/g/enschede/publicaties/1/verschil", expect: () => "404" },
  ],
  "/uitnodiging/[token]": [{ path: "/uitnodiging/bestaat-niet", expect: () => "404" }],
  "/inleiding": [{ path: "/inleiding", expect: everyone }],
  "/lemma/[slug]": [
    { path: "/lemma/regionale-economie", expect: everyone },
    { path: "/lemma/bestaat-niet", expect: () => "404" },
  ],
  "/lemma/[slug]/geschiedenis/[blok]": [
    { path: `/lemma/regionale-economie/geschiedenis/${CORRECTED_BLOCK.id}`, expect: everyone },
    { path: "/lemma/regionale-economie/geschiedenis/bestaat-niet", expect: () => "404" },
    { path: `/lemma/bestaat-niet/geschiedenis/${CORRECTED_BLOCK.id}`, expect: () => "404" },
  ],
  "/redactie": [{ path: "/redactie", expect: signInFirst(correctsCoreText) }],
  "/redactie/lemma/[slug]": [
    { path: "/redactie/lemma/regionale-economie", expect: signInFirst(correctsCoreText) },
    { path: "/redactie/lemma/bestaat-niet", expect: (p) => (p.kind === "anonymous" ? "inloggen" : correctsCoreText(p) ? "404" : "403") },
  ],
  "/rode-draden/[slug]": [
    { path: "/rode-draden/waarden-en-ethiek", expect: everyone },
    { path: "/rode-draden/bestaat-niet", expect: () => "404" },
  ],
  "/zoeken": [{ path: "/zoeken?q=gemeente", expect: everyone }],
  // Everyone signed in has their own (possibly empty) list; nobody sees another's.
  "/meldingen": [{ path: "/meldingen", expect: signInFirst(() => true) }],
  // Published data only, for everyone (content checks: "only published content crosses" below).
  "/vergelijk/[slug]": [
    { path: "/vergelijk/regionale-economie", expect: everyone },
    { path: "/vergelijk/regionale-economie?gemeenten=zwolle,enschede&modus=verschil", expect: everyone },
    // The picker's form sends repeated parameters; the page answers with the shareable address.
    { path: "/vergelijk/regionale-economie?gemeenten=zwolle&gemeenten=enschede", expect: () => "doorverwezen" },
    { path: "/vergelijk/regionale-economie?gemeenten=bestaat-niet", expect: everyone },
    { path: "/vergelijk/bestaat-niet", expect: () => "404" },
  ],
  "/overzicht": [
    { path: "/overzicht", expect: everyone },
    { path: "/overzicht?sorteer=regionale-economie&richting=aflopend", expect: everyone },
  ],
};

const HANDLER_CASES: Record<string, TRequestCase[]> = {
  "/api/health": [{ path: "/api/health", expect: everyone }],
  "/api/viewer": [{ path: "/api/viewer", expect: everyone }],
  "/api/auth/[...nextauth]": [{ path: "/api/auth/session", expect: everyone }],
  // Any signed-in person gets a token; it grants nothing by itself (the collab server
  // decides per document, see apps/collab/src/collab-access.test.ts).
  "/api/collab-token": [{ path: "/api/collab-token", expect: (persona) => (persona.kind === "anonymous" ? "401" : "ok") }],
  "/g/[gemeente]/publicaties/[versie]/pdf": [
    { path: "/g/zwolle/publicaties/1/pdf", expect: everyone },
    { path: "/g/zwolle/publicaties/2/pdf", expect: signInFirst(councilOfZwolle) },
    { path: "/g/zwolle/publicaties/99/pdf", expect: () => "404" },
    { path: "/g/enschede/publicaties/1/pdf", expect: () => "404" },
  ],
  // Reached at the public address with `.json` (a rewrite); machine clients get 401, not a sign-in page.
  "/g/[gemeente]/publicaties/[versie]/json": [
    { path: "/g/zwolle/publicaties/1.json", expect: everyone },
    { path: "/g/zwolle/publicaties/2.json", expect: (p) => (p.kind === "anonymous" ? "401" : councilOfZwolle(p) ? "ok" : "403") },
    { path: "/g/zwolle/publicaties/99.json", expect: () => "404" },
    { path: "/g/enschede/publicaties/laatste.json", expect: () => "404" },
  ],
  // The feed is the same for everyone: OPENBAAR publications only (publication-formats.test.ts).
  "/g/[gemeente]/publicaties/feed.xml": [
    { path: "/g/zwolle/publicaties/feed.xml", expect: everyone },
    { path: "/g/bestaat-niet/publicaties/feed.xml", expect: () => "404" },
  ],
  // What the (cached) publication page fills in per viewer: the same rules as the page, 401 instead of sign-in.
  "/api/g/[gemeente]/publicaties/[versie]/viewer": [
    { path: "/api/g/zwolle/publicaties/1/viewer", expect: everyone },
    { path: "/api/g/zwolle/publicaties/2/viewer", expect: (p) => (p.kind === "anonymous" ? "401" : councilOfZwolle(p) ? "ok" : "403") },
    { path: "/api/g/zwolle/publicaties/99/viewer", expect: () => "404" },
    { path: "/api/g/zwolle/publicaties/laatste/viewer", expect: () => "404" },
    { path: "/api/g/bestaat-niet/publicaties/1/viewer", expect: () => "404" },
  ],
  "/api/g/[gemeente]/annotaties.jsonld": [
    { path: `/api/g/zwolle/annotaties.jsonld?lemma=${LEMMA}`, expect: (p) => (p.kind === "anonymous" ? "401" : draftsOfZwolle(p) ? "ok" : "403") },
    { path: `/api/g/enschede/annotaties.jsonld?lemma=${LEMMA}`, expect: (p) => (p.kind === "anonymous" ? "401" : draftsOfEnschede(p) ? "ok" : "403") },
    { path: `/api/g/bestaat-niet/annotaties.jsonld?lemma=${LEMMA}`, expect: () => "404" },
  ],
  "/api/g/[gemeente]/annotaties/live": [
    { path: `/api/g/zwolle/annotaties/live?lemma=${LEMMA}`, expect: (p) => (p.kind === "anonymous" ? "401" : draftsOfZwolle(p) ? "ok" : "403") },
    { path: `/api/g/enschede/annotaties/live?lemma=${LEMMA}`, expect: (p) => (p.kind === "anonymous" ? "401" : draftsOfEnschede(p) ? "ok" : "403") },
    { path: "/api/g/zwolle/annotaties/live?lemma=bestaat-niet", expect: (p) => (p.kind === "anonymous" ? "401" : draftsOfZwolle(p) ? "404" : "403") },
  ],
  "/overzicht/csv": [{ path: "/overzicht/csv", expect: everyone }],
};

type TActionCase =
  | { public: string }
  | { allowed: (persona: TPersona) => boolean; run: (ctx: ServiceContext, persona: TPersona) => Promise<unknown> };

const ACTION_CASES: Record<string, TActionCase> = {
  "app/inloggen/actions.ts#signInWithPassword": { public: "signing in is for everyone; limits are in verify-credentials.test.ts" },
  "app/inloggen/actions.ts#signInWithOidc": { public: "starts the identity provider's sign-in; only invited accounts get in" },
  "components/account/sign-out-action.ts#signOutAction": { public: "ends the caller's own session" },
  "app/uitnodiging/[token]/actions.ts#acceptInvitationAction": {
    public: "the invitation token is the right; its rules are in invitations.test.ts",
  },
  "app/g/[gemeente]/lemma/[slug]/actions.ts#updateSectionMetaAction": {
    allowed: (p) => zwolle(p, "AMBTENAAR", "GRIFFIER") || isAdmin(p),
    run: (ctx) => updateSectionMeta(ctx, "zwolle", "regionale-economie", { status: "CONCEPT", rating: "MIDDEL" }),
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#createAnnotationAction": {
    allowed: draftsOfZwolle,
    run: (ctx, p) => createAnnotation(ctx, "zwolle", LEMMA, newAnnotation(`Matrix ${p.key}`)),
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#editAnnotationAction": {
    allowed: draftsOfZwolle,
    run: async (ctx, p) => editAnnotation(ctx, "zwolle", (await annotationFor(ctx, p)).id, { type: "KANS", visibility: "OPENBAAR", body: "Bewerkt" }),
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#deleteAnnotationAction": {
    allowed: draftsOfZwolle,
    run: async (ctx, p) => deleteAnnotation(ctx, "zwolle", (await annotationFor(ctx, p)).id),
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#setAnnotationResolvedAction": {
    allowed: draftsOfZwolle,
    run: async (ctx, p) => setAnnotationResolved(ctx, "zwolle", (await annotationFor(ctx, p)).id, true),
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#reattachAnnotationAction": {
    allowed: draftsOfZwolle,
    run: async (ctx, p) => reattachAnnotation(ctx, "zwolle", (await annotationFor(ctx, p)).id, passage()),
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#addReplyAction": {
    allowed: draftsOfZwolle,
    run: async (ctx, p) => addAnnotationReply(ctx, "zwolle", (await createAnnotation(await adminContext(), "zwolle", LEMMA, newAnnotation(`Voor ${p.key}`))).id, "Reactie"),
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#deleteReplyAction": {
    allowed: draftsOfZwolle,
    run: async (ctx, p) => {
      const annotation = await createAnnotation(await adminContext(), "zwolle", LEMMA, newAnnotation(`Reactie van ${p.key}`));
      const reply = await addAnnotationReply(draftsOfZwolle(p) ? ctx : await adminContext(), "zwolle", annotation.id, "Weg ermee");
      return deleteAnnotationReply(ctx, "zwolle", reply.id);
    },
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#markSectionReviewedAction": {
    allowed: draftsOfZwolle,
    run: (ctx) => markSectionReviewed(ctx, "zwolle", LEMMA),
  },
  "app/g/[gemeente]/lemma/[slug]/annotation-actions.ts#importAnnotationsAction": {
    allowed: draftsOfZwolle,
    run: (ctx) => importWebAnnotations(ctx, "zwolle", LEMMA, IMPORT_DOCUMENT),
  },
  "app/redactie/lemma/[slug]/actions.ts#correctBlockAction": {
    allowed: correctsCoreText,
    run: (ctx, p) => correctCoreBlock(ctx, LEMMA, CORRECTED_BLOCK.id, { text: `${blockPlainText(CORRECTED_BLOCK)} (${p.key})`, reason: `Matrix ${p.key}` }),
  },
  "app/g/[gemeente]/lemma/[slug]/geschiedenis/actions.ts#createNamedSnapshotAction": {
    allowed: draftsOfZwolle,
    run: (ctx, p) => createNamedSnapshot(ctx, "zwolle", "regionale-economie", { name: `Matrix ${p.key}` }),
  },
  // Through the launched collab server, as the web app does it.
  "app/g/[gemeente]/lemma/[slug]/geschiedenis/actions.ts#restoreSnapshotAction": {
    allowed: draftsOfZwolle,
    run: (ctx) =>
      restoreSectionSnapshot(ctx, "zwolle", "regionale-economie", SNAPSHOT_ID, (request) =>
        requestSnapshotRestore({ baseUrl: `http://localhost:${collabPort}`, authSecret: AUTH_SECRET }, request),
      ),
  },
  "app/g/[gemeente]/publicaties/actions.ts#publishAction": {
    allowed: publishesForZwolle,
    run: (ctx, p) => publish(ctx, "zwolle", { lemmas: ["regionale-economie"], coverNote: `Matrix ${p.key}`, visibility: "RAAD" }),
  },
  "app/g/[gemeente]/publicaties/actions.ts#withdrawAction": {
    allowed: publishesForZwolle,
    run: async (ctx, p) => {
      const { version } = await publish(await adminContext(), "zwolle", { lemmas: ["regionale-economie"], coverNote: `Intrekken ${p.key}`, visibility: "OPENBAAR" });
      return withdrawPublication(ctx, "zwolle", version, { reason: `Matrix ${p.key}` });
    },
  },
  "app/meldingen/actions.ts#markNotificationsReadAction": {
    allowed: (p) => p.kind !== "anonymous",
    run: (ctx) => markNotificationsRead(ctx),
  },
  "app/g/[gemeente]/leden/actions.ts#inviteMemberAction": {
    allowed: (p) => zwolle(p, "BEHEERDER") || isAdmin(p),
    run: (ctx, p) => createInvitation(ctx, "zwolle", { email: `uitgenodigd-${p.key.replace("@", "-")}@zwolle.example`, role: "AMBTENAAR" }),
  },
  "app/g/[gemeente]/leden/actions.ts#revokeInvitationAction": {
    allowed: (p) => zwolle(p, "BEHEERDER") || isAdmin(p),
    run: async (ctx, p) => {
      const invitation = await createInvitation(await adminContext(), "zwolle", { email: `intrekken-${p.key.replace("@", "-")}@zwolle.example`, role: "RAADSLID" });
      return revokeInvitation(ctx, "zwolle", invitation.id);
    },
  },
  "app/g/[gemeente]/leden/actions.ts#setMemberRolesAction": {
    allowed: (p) => zwolle(p, "BEHEERDER") || isAdmin(p),
    run: async (ctx, p) => setMemberRoles(ctx, "zwolle", await freshZwolleMember(p), ["AMBTENAAR", "GRIFFIER"]),
  },
  "app/g/[gemeente]/leden/actions.ts#removeMemberAction": {
    allowed: (p) => zwolle(p, "BEHEERDER") || isAdmin(p),
    run: async (ctx, p) => removeMember(ctx, "zwolle", await freshZwolleMember(p)),
  },
};

let database: TestDatabase;
let app: LaunchedApp;
let baseUrl: string;
let collabPort: number;
const PASSWORD = "matrix-wachtwoord-123";
const sessions = new Map<string, string>();
const viewers = new Map<string, TViewer>();

async function adminContext(): Promise<ServiceContext> {
  return { db: database.db, viewer: viewers.get("admin")! };
}

let memberCounter = 0;
async function freshZwolleMember(persona: TPersona): Promise<string> {
  memberCounter += 1;
  const email = `lid-${memberCounter}-${persona.key.replace("@", "-")}@zwolle.example`;
  return (await createUser(database.db, { email, memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] })).id;
}

/** Signs in through Auth.js' own endpoints, as a browser would, and returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${baseUrl}/` }),
  });
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!).find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: ${response.status} ${response.headers.get("location")}`);
  return session;
}

async function outcomeOf(path: string, persona: TPersona): Promise<TOutcome | string> {
  const cookie = sessions.get(persona.key);
  const response = await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
  await response.body?.cancel(); // the live route streams until cancelled
  const location = response.headers.get("location") ?? "";
  if (response.status === 200) return "ok";
  if (response.status >= 300 && response.status < 400) return location.includes("/inloggen") ? "inloggen" : "doorverwezen";
  if (response.status === 401 || response.status === 403 || response.status === 404) return String(response.status);
  return `HTTP ${response.status}`;
}

beforeAll(async () => {
  database = await createTestDatabase(inject("postgresAdminUrl"));
  const port = await findFreePort();
  collabPort = await findFreePort();
  baseUrl = `http://localhost:${port}`;
  app = launchApp("start", { DATABASE_URL: database.url, PORT: String(port), COLLAB_PORT: String(collabPort), AUTH_SECRET });
  await waitForHealth(port, app);

  // A section with one snapshot, for the history pages and actions.
  const zwolleRow = await database.db.gemeente.findUniqueOrThrow({ where: { slug: "zwolle" } });
  const empty = Y.encodeStateAsUpdate(new Y.Doc()) as Uint8Array<ArrayBuffer>;
  await database.db.collabDocument.create({ data: { name: "section/zwolle/regionale-economie", gemeenteId: zwolleRow.id, lemmaSlug: "regionale-economie", state: empty, json: {} } });
  await database.db.sectionSnapshot.create({ data: { id: SNAPSHOT_ID, documentName: "section/zwolle/regionale-economie", kind: "NAMED", name: "Matrix", state: empty, plainText: "" } });
  // Zwolle's publications: version 1 for everyone, version 2 for the raad only.
  for (const [version, visibility] of [[1, "OPENBAAR"], [2, "RAAD"]] as const) {
    await database.db.publication.create({
      data: { gemeenteId: zwolleRow.id, version, visibility, coverNote: "Matrix", publishedByName: "Matrix", sections: { create: [{ position: 1, lemmaSlug: "regionale-economie", lemmaLetter: "B", coreTitle: "Regionale economie", html: "<p>Matrix</p>", plainText: "Matrix", status: "GEREED", coreVersion: 0, coreVersionAtPublication: 0, annotations: [] }] } },
    });
  }

  // Zwolle's secret annotation, with a reply, for the isolation test.
  const zwolleAuthor = await createUser(database.db, { email: "auteur@zwolle.example", memberships: [{ gemeente: "zwolle", role: "AMBTENAAR" }] });
  const authorCtx = { db: database.db, viewer: await loadViewer(database.db, zwolleAuthor.id) };
  const secret = await createAnnotation(authorCtx, "zwolle", LEMMA, newAnnotation(ZWOLLE_SECRET));
  await addAnnotationReply(authorCtx, "zwolle", secret.id, `${ZWOLLE_SECRET} (reactie)`);
  // Deventer: a council-only publication and a draft, neither of which may ever reach the
  // comparison, the overview or another gemeente's editor panel.
  const deventerRow = await database.db.gemeente.findUniqueOrThrow({ where: { slug: "deventer" } });
  await database.db.publication.create({
    data: { gemeenteId: deventerRow.id, version: 1, visibility: "RAAD", coverNote: "Raad", publishedByName: "Matrix", sections: { create: [{ position: 1, lemmaSlug: "regionale-economie", lemmaLetter: "B", coreTitle: "Regionale economie", html: `<p>${DEVENTER_COUNCIL_ONLY}</p>`, plainText: DEVENTER_COUNCIL_ONLY, status: "GEREED", rating: "HOOG", coreVersion: 0, coreVersionAtPublication: 0, annotations: [] }] } },
  });
  const kampenRow = await database.db.gemeente.findUniqueOrThrow({ where: { slug: "kampen" } });
  await database.db.publication.create({
    data: { gemeenteId: kampenRow.id, version: 1, visibility: "OPENBAAR", coverNote: "Openbaar", publishedByName: "Matrix", sections: { create: [{ position: 1, lemmaSlug: "regionale-economie", lemmaLetter: "B", coreTitle: "Regionale economie", html: `<p>${KAMPEN_PUBLIC}</p>`, plainText: KAMPEN_PUBLIC, status: "GEREED", rating: "LAAG", coreVersion: 0, coreVersionAtPublication: 0, annotations: [] }] } },
  });
  const draft = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(DEVENTER_DRAFT)]);
  draft.getXmlFragment("default").insert(0, [paragraph]);
  await database.db.collabDocument.create({
    data: { name: "section/deventer/regionale-economie", gemeenteId: deventerRow.id, lemmaSlug: "regionale-economie", state: Y.encodeStateAsUpdate(draft) as Uint8Array<ArrayBuffer>, plainText: DEVENTER_DRAFT, json: {} },
  });

  const passwordHash = await hashPassword(PASSWORD);
  for (const persona of PERSONAS) {
    if (persona.kind === "anonymous") {
      viewers.set(persona.key, ANONYMOUS);
      continue;
    }
    const user = await createUser(database.db, {
      email: persona.email,
      passwordHash,
      ...(persona.kind === "member"
        ? { memberships: [{ gemeente: persona.gemeente, role: persona.role }] }
        : { globalRole: persona.role }),
    });
    viewers.set(persona.key, await loadViewer(database.db, user.id));
    sessions.set(persona.key, await signIn(persona.email));
  }
}, 400_000);

afterAll(async () => {
  if (app) await stopApp(app);
  await database?.drop();
});

describe("access matrix: inventory", () => {
  it("has cases for every page and route handler in src/app", () => {
    const { pages, handlers } = listRoutes();
    expect(Object.keys(PAGE_CASES).sort()).toEqual(pages);
    expect(Object.keys(HANDLER_CASES).sort()).toEqual(handlers);
  });

  it("has cases for every exported server action", () => {
    expect(Object.keys(ACTION_CASES).sort()).toEqual(listServerActions());
  });
});

describe.each(PERSONAS.map((persona) => [persona.key, persona] as const))("access matrix: %s", (_key, persona) => {
  it("never receives Zwolle's WERKRUIMTE annotations through any page or route unless it may read Zwolle's drafts", async () => {
    const cookie = sessions.get(persona.key);
    const paths = Object.values({ ...PAGE_CASES, ...HANDLER_CASES })
      .flat()
      .map((c) => c.path)
      .filter((path) => !path.includes("/annotaties/live")); // carries no content, only "changed"
    const leaks: string[] = [];
    for (const path of paths) {
      const body = await (await fetch(`${baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} })).text();
      if (body.includes(ZWOLLE_SECRET)) leaks.push(path);
    }
    const readsZwolle = draftsOfZwolle(persona);
    expect(leaks.sort()).toEqual(
      readsZwolle ? [`/api/g/zwolle/annotaties.jsonld?lemma=${LEMMA}`, "/g/zwolle/lemma/regionale-economie"].sort() : [],
    );
  });

  it("may import annotations over HTTP (POST) exactly where it may write the drafts", async () => {
    const cookie = sessions.get(persona.key);
    const post = (gemeente: string) =>
      fetch(`${baseUrl}/api/g/${gemeente}/annotaties.jsonld?lemma=${LEMMA}`, {
        method: "POST",
        headers: { "content-type": "application/ld+json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(IMPORT_DOCUMENT),
      }).then((response) => response.status);
    const expected = (allowed: boolean) => (persona.kind === "anonymous" ? 401 : allowed ? 201 : 403);
    expect([await post("zwolle"), await post("enschede")]).toEqual([expected(draftsOfZwolle(persona)), expected(draftsOfEnschede(persona))]);
  });

  it("gets the expected answer from every page and route handler", async () => {
    const cases = Object.values({ ...PAGE_CASES, ...HANDLER_CASES }).flat();
    const actual = Object.fromEntries(await Promise.all(cases.map(async (c) => [c.path, await outcomeOf(c.path, persona)] as const)));
    const expected = Object.fromEntries(cases.map((c) => [c.path, c.expect(persona)]));
    expect(actual).toEqual(expected);
  });

  it("gets publication pages from the shared cache only where they are the same for everyone", async () => {
    const cookie = sessions.get(persona.key);
    const get = (path: string) => fetch(`${baseUrl}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
    // OPENBAAR: the cached rendering, for everyone.
    const openbaar = await get("/g/zwolle/publicaties/1");
    expect(openbaar.headers.get("x-nextjs-cache")).toMatch(/^(HIT|STALE|MISS)$/);
    expect(await openbaar.text()).toContain("Openbaar.");
    // RAAD: signed-in people get the per-request page, never a cached or shareable answer;
    // anonymous visitors get the (cached) sign-in redirect; the text only the council.
    const raad = await get("/g/zwolle/publicaties/2");
    if (persona.kind !== "anonymous") {
      expect(raad.headers.get("x-nextjs-cache")).toBeNull();
      expect(raad.headers.get("cache-control")).toMatch(/private|no-store/);
    }
    const raadBody = await raad.text();
    if (councilOfZwolle(persona)) expect(raadBody).toContain("Alleen voor de raad.");
    else expect(raadBody).not.toContain("Alleen voor de raad.");
    // laatste: a council-only version only for the council (cached for anonymous visitors).
    const laatste = await get("/g/zwolle/publicaties/laatste");
    expect(laatste.headers.get("x-nextjs-cache") !== null).toBe(persona.kind === "anonymous");
    const laatsteBody = await laatste.text();
    if (!councilOfZwolle(persona)) expect(laatsteBody).not.toContain("Alleen voor de raad.");
  });

  it("may run exactly the server actions its role allows; every other call is refused", async () => {
    const ctx: ServiceContext = { db: database.db, viewer: viewers.get(persona.key)! };
    for (const [name, actionCase] of Object.entries(ACTION_CASES)) {
      if ("public" in actionCase) continue;
      const attempt = actionCase.run(ctx, persona);
      if (actionCase.allowed(persona)) {
        await expect(attempt, name).resolves.not.toThrow();
      } else {
        await expect(attempt, name).rejects.toMatchObject({ code: persona.kind === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN" });
      }
    }
  });
});

describe.each(PERSONAS.map((persona) => [persona.key, persona] as const))("only published content crosses: %s", (_key, persona) => {
  const get = async (path: string) => {
    const cookie = sessions.get(persona.key);
    const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {} });
    // React separates adjacent text with <!-- -->; drop it to match sentences.
    return { status: response.status, body: (await response.text()).replaceAll("<!-- -->", "") };
  };

  it("compares, sums up and exports only OPENBAAR publications, never a draft or a council-only one", async () => {
    const comparison = await get("/vergelijk/regionale-economie?gemeenten=zwolle,deventer,kampen");
    expect(comparison.status).toBe(200);
    expect(comparison.body).toContain(`<p>${KAMPEN_PUBLIC}</p>`);
    expect(comparison.body).toContain("Deventer heeft deze trend nog niet openbaar gepubliceerd.");
    const overview = await get("/overzicht");
    const csv = await get("/overzicht/csv");
    expect(csv.body.split("\r\n").find((line) => line.startsWith("Deventer;"))).not.toMatch(/Hoog/);
    for (const { body } of [comparison, overview, csv]) {
      expect(body).not.toContain(DEVENTER_COUNCIL_ONLY);
      expect(body).not.toContain(DEVENTER_DRAFT);
    }
  });

  it("shows the progress of all workspaces to the redactie and admin only", async () => {
    const { body } = await get("/overzicht");
    expect(body.includes("Voortgang van alle werkruimten")).toBe(persona.kind === "global");
  });
});

describe("only published content crosses: the editor panel", () => {
  it.each(PERSONAS.filter(draftsOfZwolle).map((persona) => [persona.key] as const))("shows %s no other gemeente's draft or council-only text", async (key) => {
    const cookie = sessions.get(key)!;
    const response = await fetch(`${baseUrl}/g/zwolle/lemma/regionale-economie`, { headers: { cookie } });
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(body).toContain("Wat schrijven andere gemeenten?");
    expect(body).toContain(KAMPEN_PUBLIC);
    expect(body).not.toContain(DEVENTER_COUNCIL_ONLY);
    expect(body).not.toContain(DEVENTER_DRAFT);
  });
});
