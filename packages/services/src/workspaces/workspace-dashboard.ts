// The workspace dashboard: the twenty lemmas with the gemeente's progress on each, the
// members, and a summary. Status information only — no draft text.
import { trendweb } from "@trendweb/content";
import type { GemeenteRole, LocalSectionStatus, RelevanceRating } from "@trendweb/db/node";
import { assertCan, can, type TWorkspace } from "../access/assert-role.ts";
import { editingNowByLemma } from "../sections/editing-now.ts";
import type { ServiceContext } from "../service-context.ts";

export interface TDashboardLemma {
  letter: string;
  slug: string;
  title: string;
  status: LocalSectionStatus;
  rating: RelevanceRating | null;
  lastEditedAt: Date | null;
  lastEditedBy: string | null;
  /** Names of the people who have this section open in the editor now. */
  editingNow: string[];
}

export interface TWorkspaceDashboard {
  workspace: TWorkspace;
  lemmas: TDashboardLemma[];
  members: { name: string; email: string; roles: GemeenteRole[] }[];
  progress: Record<LocalSectionStatus, number>;
  /** Whether the caller may open the sections (raadsleden and beheerders see status only). */
  canReadDrafts: boolean;
}

export async function getWorkspaceDashboard({ db, viewer }: ServiceContext, gemeenteSlug: string): Promise<TWorkspaceDashboard> {
  const workspace = await assertCan(db, viewer, gemeenteSlug, "workspace.view");
  const [sections, memberships, editingNow] = await Promise.all([
    db.localSection.findMany({
      where: { gemeenteId: workspace.id },
      select: { lemmaSlug: true, status: true, rating: true, lastEditedAt: true, lastEditedBy: { select: { name: true, email: true } } },
    }),
    db.membership.findMany({
      where: { gemeenteId: workspace.id },
      select: { role: true, user: { select: { name: true, email: true } } },
    }),
    editingNowByLemma(db, workspace.id),
  ]);

  const bySlug = new Map(sections.map((section) => [section.lemmaSlug, section]));
  const lemmas = trendweb.lemmas.map((lemma): TDashboardLemma => {
    const section = bySlug.get(lemma.slug);
    return {
      letter: lemma.letter,
      slug: lemma.slug,
      title: lemma.title,
      status: section?.status ?? "NIET_GESTART",
      rating: section?.rating ?? null,
      lastEditedAt: section?.lastEditedAt ?? null,
      lastEditedBy: section?.lastEditedBy ? (section.lastEditedBy.name ?? section.lastEditedBy.email) : null,
      editingNow: editingNow.get(lemma.slug) ?? [],
    };
  });

  const progress: Record<LocalSectionStatus, number> = { NIET_GESTART: 0, CONCEPT: 0, TER_REVIEW: 0, GEREED: 0 };
  for (const lemma of lemmas) progress[lemma.status] += 1;

  const members = new Map<string, { name: string; email: string; roles: GemeenteRole[] }>();
  for (const { role, user } of memberships) {
    const entry = members.get(user.email) ?? { name: user.name ?? user.email, email: user.email, roles: [] };
    entry.roles.push(role);
    members.set(user.email, entry);
  }

  return {
    workspace,
    lemmas,
    members: [...members.values()].sort((a, b) => a.name.localeCompare(b.name, "nl")),
    progress,
    canReadDrafts: can(viewer, gemeenteSlug, "drafts.read"),
  };
}
