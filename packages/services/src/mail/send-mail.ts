// Plain-text mail over SMTP (SMTP_URL, MAIL_FROM), shared by invitations and notifications.
// Without SMTP_URL nothing is sent and the caller is told so.
import { createTransport } from "nodemailer";
import { servicesEnv } from "../env.ts";

export interface TMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends each mail over one SMTP connection; false when SMTP is not configured. */
export async function sendMails(mails: readonly TMail[]): Promise<boolean> {
  const env = servicesEnv();
  if (!env.SMTP_URL) return false;
  const transport = createTransport(env.SMTP_URL, { from: env.MAIL_FROM });
  try {
    for (const mail of mails) await transport.sendMail(mail);
  } finally {
    transport.close();
  }
  return true;
}
