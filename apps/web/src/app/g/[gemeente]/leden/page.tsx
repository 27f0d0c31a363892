import { listMembers, ROLE_LABELS } from "@trendweb/services";
import type { Metadata } from "next";
import { formatDate, formatDateTime } from "@/lib/format";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { InviteForm } from "./invite-form";
import { MemberRow } from "./member-row";
import { RevokeButton } from "./revoke-button";

export const metadata: Metadata = { title: "Leden en uitnodigingen" };

const AUDIT_LABELS: Record<string, string> = {
  "invitation.created": "uitnodiging verstuurd",
  "invitation.revoked": "uitnodiging ingetrokken",
  "invitation.accepted": "uitnodiging aangenomen",
  "member.role-changed": "rollen gewijzigd",
  "member.removed": "lid verwijderd",
};

export default async function MembersPage({ params }: { params: Promise<{ gemeente: string }> }) {
  const { gemeente } = await params;
  const page = await runPage(`/g/${gemeente}/leden`, async () => listMembers(await serviceContext(), gemeente));
  const { workspace, members, invitations, auditLog } = page;

  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Leden van de werkruimte {workspace.name}</h1>
      <ul className="member-list" aria-label="Leden">
        {members.map((member) => (
          <MemberRow key={member.userId} gemeente={workspace.slug} member={member} />
        ))}
      </ul>

      <InviteForm gemeente={workspace.slug} />

      <h2 className="utrecht-heading-2">Openstaande uitnodigingen</h2>
      {invitations.length === 0 ? (
        <p className="utrecht-paragraph">Er staan geen uitnodigingen open.</p>
      ) : (
        <ul className="utrecht-unordered-list" aria-label="Openstaande uitnodigingen">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="utrecht-unordered-list__item">
              {invitation.email} als {ROLE_LABELS[invitation.role]},{" "}
              {invitation.expired ? "verlopen" : `geldig tot ${formatDate(invitation.expiresAt)}`}
              <RevokeButton gemeente={workspace.slug} invitationId={invitation.id} email={invitation.email} />
            </li>
          ))}
        </ul>
      )}

      <h2 className="utrecht-heading-2">Logboek</h2>
      <div className="table-scroll">
        <table className="utrecht-table">
          <caption className="utrecht-table__caption">Recente wijzigingen in leden en uitnodigingen</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">Wanneer</th>
              <th scope="col" className="utrecht-table__header-cell">Wie</th>
              <th scope="col" className="utrecht-table__header-cell">Wat</th>
              <th scope="col" className="utrecht-table__header-cell">Betreft</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {auditLog.map((event) => (
              <tr key={event.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{formatDateTime(event.at)}</td>
                <td className="utrecht-table__cell">{event.actor ?? "—"}</td>
                <td className="utrecht-table__cell">{AUDIT_LABELS[event.action] ?? event.action}</td>
                <td className="utrecht-table__cell">{event.subject ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
