"use client";

import { useActionState } from "react";
import type { TActionResult } from "@/lib/access/action-result";
import { removeMemberAction, setMemberRolesAction } from "./actions";

const ROLES = [
  ["AMBTENAAR", "ambtenaar"],
  ["GRIFFIER", "griffier"],
  ["RAADSLID", "raadslid"],
  ["BEHEERDER", "beheerder"],
] as const;

interface Props {
  gemeente: string;
  member: { userId: string; name: string; email: string; roles: string[] };
}

export function MemberRow({ gemeente, member }: Props) {
  const [rolesState, saveRoles, savingRoles] = useActionState<TActionResult, FormData>(
    setMemberRolesAction.bind(null, gemeente, member.userId),
    { ok: true },
  );
  const [removeState, remove, removing] = useActionState<TActionResult, FormData>(
    () => removeMemberAction(gemeente, member.userId),
    { ok: true },
  );
  const feedback = [rolesState, removeState].find((state) => !state.ok || state.message);

  return (
    <li className="member-row">
      <p className="member-row__who">
        <strong>{member.name}</strong> <span>{member.email}</span>
      </p>
      <form action={saveRoles} className="member-row__roles">
        <fieldset>
          <legend>Rollen van {member.name}</legend>
          {ROLES.map(([value, label]) => (
            <label key={value}>
              <input type="checkbox" name="roles" value={value} defaultChecked={member.roles.includes(value)} /> {label}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" aria-disabled={savingRoles}>
          Rollen opslaan
        </button>
      </form>
      <form action={remove}>
        <button type="submit" className="utrecht-button utrecht-button--subtle" aria-disabled={removing}>
          {member.name} verwijderen
        </button>
      </form>
      {feedback && (
        <p role={feedback.ok ? "status" : "alert"} className={feedback.ok ? "form-notice" : "form-error"}>
          {feedback.ok ? feedback.message : feedback.error}
        </p>
      )}
    </li>
  );
}
