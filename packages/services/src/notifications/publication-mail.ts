// The e-mails about a publication, as plain text with the link to it.
import type { TMail } from "../mail/send-mail.ts";
import type { TRecipient } from "./notify-council.ts";

export interface TPublicationMailFacts {
  gemeenteName: string;
  version: number;
  /** Absolute address of the publication. */
  url: string;
  byName: string;
  councilOnly: boolean;
}

export function publishedMails(recipients: readonly TRecipient[], facts: TPublicationMailFacts): TMail[] {
  return recipients.map((recipient) => ({
    to: recipient.email,
    subject: `Nieuwe publicatie: Trendweb ${facts.gemeenteName}, versie ${facts.version}`,
    text: [
      `Beste ${recipient.name ?? recipient.email},`,
      "",
      `${facts.byName} heeft versie ${facts.version} van de lokale Trendweb van ${facts.gemeenteName} gepubliceerd${facts.councilOnly ? ", alleen voor de raad" : ""}.`,
      "",
      `Lees de publicatie hier${facts.councilOnly ? " (na inloggen)" : ""}:`,
      facts.url,
      "",
      "U ontvangt dit bericht als raadslid of griffier in Trendweb Lokaal.",
    ].join("\n"),
  }));
}

export function withdrawnMails(recipients: readonly TRecipient[], facts: Omit<TPublicationMailFacts, "councilOnly"> & { reason: string }): TMail[] {
  return recipients.map((recipient) => ({
    to: recipient.email,
    subject: `Ingetrokken: Trendweb ${facts.gemeenteName}, versie ${facts.version}`,
    text: [
      `Beste ${recipient.name ?? recipient.email},`,
      "",
      `${facts.byName} heeft versie ${facts.version} van de lokale Trendweb van ${facts.gemeenteName} ingetrokken. Deze versie geldt niet meer.`,
      `Reden: ${facts.reason}`,
      "",
      "De publicatie blijft leesbaar, met deze melding erbij:",
      facts.url,
      "",
      "U ontvangt dit bericht als raadslid of griffier in Trendweb Lokaal.",
    ].join("\n"),
  }));
}
