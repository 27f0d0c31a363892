import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { authEnvSummary } from "@/lib/access/auth-env-summary";
import { safeReturnPath } from "@/lib/access/return-path";
import { getViewer } from "@/lib/access/viewer";
import { signInWithOidc } from "./actions";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Inloggen" };

const NOTICES: Record<string, string> = {
  "niet-uitgenodigd":
    "Er is nog geen account voor het e-mailadres van uw gemeentelijke inlog. Vraag de beheerder van uw werkruimte om een uitnodiging.",
  uitgelogd: "U bent uitgelogd.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const params = await searchParams;
  const returnPath = safeReturnPath(params.terug ?? params.callbackUrl);
  const viewer = await getViewer();
  if (viewer.kind === "user") redirect(returnPath);
  const notice = params.fout ? NOTICES[params.fout] : undefined;
  const { oidcName } = authEnvSummary();

  return (
    <div className="page-section narrow">
      <h1 className="utrecht-heading-1">Inloggen</h1>
      <p className="utrecht-paragraph">
        Inloggen is voor medewerkers, griffiers en raadsleden van Overijsselse gemeenten. De Trendweb zelf en
        gepubliceerde teksten kunt u zonder account lezen.
      </p>
      {notice && (
        <p role="status" className="form-notice">
          {notice}
        </p>
      )}
      <SignInForm returnPath={returnPath} />
      {oidcName && (
        <form action={signInWithOidc} className="form-stack">
          <input type="hidden" name="terug" value={returnPath} />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Inloggen via {oidcName}
          </button>
        </form>
      )}
    </div>
  );
}
