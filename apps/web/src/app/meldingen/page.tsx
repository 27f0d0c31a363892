import { listNotifications } from "@trendweb/services";
import type { Metadata } from "next";
import Link from "next/link";
import { runPage } from "@/lib/access/run-page";
import { serviceContext } from "@/lib/access/viewer";
import { formatDateTime } from "@/lib/format";
import { MarkReadForm } from "./mark-read-form";
import styles from "./notifications.module.css";

export const metadata: Metadata = { title: "Meldingen" };

export default async function NotificationsPage() {
  const { notifications, unread } = await runPage("/meldingen", async () => listNotifications(await serviceContext()));
  return (
    <div className="page-section">
      <h1 className="utrecht-heading-1">Meldingen</h1>
      <p className="utrecht-paragraph">
        {unread === 0 ? "U heeft geen nieuwe meldingen." : unread === 1 ? "U heeft 1 nieuwe melding." : `U heeft ${unread} nieuwe meldingen.`}
      </p>
      {notifications.length > 0 && <MarkReadForm />}
      {notifications.length > 0 && (
        <ul className={styles.list}>
          {notifications.map((notification) => (
            <li key={notification.id} className={notification.read ? styles.read : styles.unread}>
              {!notification.read && <strong className={styles.badge}>Nieuw</strong>}{" "}
              <Link className="utrecht-link" href={notification.path}>
                {notification.title}
              </Link>
              <span className={styles.meta}>
                {" "}
                · {notification.gemeenteName} · {formatDateTime(notification.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
