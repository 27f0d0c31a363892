import { db } from "@trendweb/db";
import { describeInvitation, MIN_PASSWORD_LENGTH, ROLE_LABELS } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { runPage } from "@/lib/access/run-page";
import { getViewer } from "@/lib/access/viewer";
import { AcceptForm } from "./accept-form";

export const metadata: Metadata = { title: "Uitnodiging" };

const CLOSED: Record<string, string> = {
  expired: "Deze uitnodiging is verlopen. Vraag de beheerder van de werkruimte om een nieuwe.",
  accepted: "Deze uitnodiging is al gebruikt.",
  revoked: "Deze uitnodiging is ingetrokken. Vraag de beheerder van de werkruimte om een nieuwe.",
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const path = `/uitnodiging/${token}`;
  const invitation = await runPage(path, () => describeInvitation(db, token));
  const viewer = await getViewer();

  return (
    <div className="page-section narrow">
      <h1 className="utrecht-heading-1">Uitnodiging voor {invitation.gemeenteName}</h1>
      <p className="utrecht-paragraph">
        {invitation.email} is uitgenodigd als {ROLE_LABELS[invitation.role]} in de werkruimte van{" "}
        {invitation.gemeenteName} in Trendweb Lokaal.
      </p>
      {invitation.state !== "open" ? (
        <p role="status" className="form-notice">
          {CLOSED[invitation.state]}
        </p>
      ) : viewer.kind === "user" && viewer.email !== invitation.email ? (
        <p role="status" className="form-notice">
          U bent ingelogd als {viewer.email}. Deze uitnodiging is voor {invitation.email}: log uit en open de link
          opnieuw.
        </p>
      ) : viewer.kind !== "user" && invitation.accountExists ? (
        <p className="utrecht-paragraph">
          Er bestaat al een account voor {invitation.email}.{" "}
          <Link className="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(path)}`}>
            Log in om de uitnodiging aan te nemen
          </Link>
          .
        </p>
      ) : (
        <AcceptForm token={token} newAccount={viewer.kind !== "user"} minPasswordLength={MIN_PASSWORD_LENGTH} />
      )}
    </div>
  );
}
