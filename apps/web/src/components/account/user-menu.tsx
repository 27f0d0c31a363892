"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { removeSavedOfflineCopies } from "@/components/editor/offline-copies";
import { signOutAction } from "./sign-out-action";

export const VIEWER_CHANGED_EVENT = "trendweb:viewer-changed";

type TViewerSummary =
  | { signedIn: false }
  | { signedIn: true; name: string; workspaces: { slug: string; name: string }[]; unreadNotifications: number; redactie?: boolean };

/** Sign-in link, or the person's workspaces and a sign-out button. Fetched in the browser
 * (see /api/viewer) so that the server-rendered pages stay the same for everyone. */
export function UserMenu() {
  const pathname = usePathname();
  const [viewer, setViewer] = useState<TViewerSummary | null>(null);

  useEffect(() => {
    let current = true;
    const load = () =>
      fetch("/api/viewer", { cache: "no-store" })
        .then((response) => (response.ok ? (response.json() as Promise<TViewerSummary>) : { signedIn: false as const }))
        .catch(() => ({ signedIn: false as const }))
        .then((summary) => current && setViewer(summary));
    void load();
    // Pages that change what the menu shows (marking notifications read) ask for a reload.
    window.addEventListener(VIEWER_CHANGED_EVENT, load);
    return () => {
      current = false;
      window.removeEventListener(VIEWER_CHANGED_EVENT, load);
    };
  }, [pathname]);

  if (viewer === null) return <div className="user-menu" aria-hidden="true" />;
  if (!viewer.signedIn) {
    return (
      <Link className="user-menu__link" href={`/inloggen?terug=${encodeURIComponent(pathname)}`}>
        Inloggen
      </Link>
    );
  }
  return (
    <div className="user-menu">
      {viewer.workspaces.length > 0 && (
        <nav aria-label="Mijn werkruimten" className="user-menu__workspaces">
          <ul>
            {viewer.workspaces.map((workspace) => (
              <li key={workspace.slug}>
                <Link className="user-menu__link" href={`/g/${workspace.slug}`}>
                  {workspace.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Link className="user-menu__link" href="/meldingen">
        Meldingen{viewer.unreadNotifications > 0 ? ` (${viewer.unreadNotifications} nieuw)` : ""}
      </Link>
      {viewer.redactie && (
        <Link className="user-menu__link" href="/redactie">
          Redactie
        </Link>
      )}
      <span className="user-menu__name">{viewer.name}</span>
      {/* Offline copies of sections that the server has saved leave the device with the person. */}
      <form action={signOutAction} onSubmit={() => removeSavedOfflineCopies()}>
        <button type="submit" className="utrecht-button utrecht-button--subtle user-menu__sign-out">
          Uitloggen
        </button>
      </form>
    </div>
  );
}
