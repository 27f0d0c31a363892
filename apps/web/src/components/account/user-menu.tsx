import Link from "next/link";
import { getViewer } from "@/lib/access/viewer";
import { signOutAction } from "./sign-out-action";

/** Sign-in link, or the person's workspaces and a sign-out button. */
export async function UserMenu() {
  const viewer = await getViewer();
  if (viewer.kind !== "user") {
    return (
      <Link className="user-menu__link" href="/inloggen">
        Inloggen
      </Link>
    );
  }
  return (
    <div className="user-menu">
      {viewer.memberships.length > 0 && (
        <nav aria-label="Mijn werkruimten" className="user-menu__workspaces">
          <ul>
            {viewer.memberships.map((membership) => (
              <li key={membership.gemeenteSlug}>
                <Link className="user-menu__link" href={`/g/${membership.gemeenteSlug}`}>
                  {membership.gemeenteName}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <span className="user-menu__name">{viewer.name ?? viewer.email}</span>
      <form action={signOutAction}>
        <button type="submit" className="utrecht-button utrecht-button--subtle user-menu__sign-out">
          Uitloggen
        </button>
      </form>
    </div>
  );
}
