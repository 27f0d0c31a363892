// Invitation e-mail over SMTP when SMTP_URL is set; otherwise the beheerder hands over
// the link shown on screen.
import { ROLE_LABELS } from "../access/role-labels.ts";
import { sendMails } from "../mail/send-mail.ts";
import type { GemeenteRole } from "@trendweb/db/node";

export interface TInvitationMail {
  to: string;
  gemeenteName: string;
  role: GemeenteRole;
  link: string;
  expiresAt: Date;
}

/** Returns true when the mail was handed to the SMTP server, false when SMTP is not set up. */
export async function sendInvitationMail(mail: TInvitationMail): Promise<boolean> {
  const until = mail.expiresAt.toLocaleDateString("nl-NL", { day: "numeric", month: "long", year: "numeric" });
  return sendMails([
    {
      to: mail.to,
      subject: `Uitnodiging voor de werkruimte van ${mail.gemeenteName} in Trendweb Lokaal`,
      text: [
        `U bent uitgenodigd als ${ROLE_LABELS[mail.role]} in de werkruimte van ${mail.gemeenteName} in Trendweb Lokaal.`,
        "",
        `Open deze link om de uitnodiging aan te nemen (geldig tot en met ${until}, één keer te gebruiken):`,
        mail.link,
        "",
        "Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren.",
      ].join("\n"),
    },
  ]);
}
