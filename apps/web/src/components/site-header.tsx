import Link from "next/link";
import { SiteNav } from "./site-nav";
import { UserMenu } from "./account/user-menu";

export function SiteHeader() {
  return (
    <header className="utrecht-page-header site-header">
      <div className="site-header__content">
        <Link href="/" className="site-header__name">
          Trendweb Lokaal
        </Link>
        <span className="site-header__tagline">Trendweb 2025 van Trendbureau Overijssel, lokaal gemaakt</span>
        <SiteNav />
        <UserMenu />
      </div>
    </header>
  );
}
