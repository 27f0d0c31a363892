import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "@utrecht/component-library-css/dist/index.css";
import "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css";
import "./globals.css";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

export const metadata: Metadata = {
  title: { default: "Trendweb Lokaal", template: "%s – Trendweb Lokaal" },
  description:
    "De Trendweb 2025 van Trendbureau Overijssel, lokaal gemaakt: gemeenten schrijven samen hun eigen relevantie per trend, publiceren die voor de raad en vergelijken met elkaar.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="nl" className="utrecht-root">
      <body className="utrecht-page voorbeeld-theme trendweb-theme">
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          Direct naar de inhoud
        </a>
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="utrecht-page-content site-main">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
