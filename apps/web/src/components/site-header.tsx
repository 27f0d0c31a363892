import Link from "next/link";
import { UserMenu } from "./account/user-menu";
import { SiteNav } from "./site-nav";

export function SiteHeader() {
  return (
    <header className="utrecht-page-header site-header">
      <div className="site-header__content">
        <div className="site-header__row">
          <Link href="/" className="site-header__name">
            Trendweb Lokaal
          </Link>
          <span className="site-header__tagline">Trendweb 2025 van Trendbureau Overijssel, lokaal gemaakt</span>
        </div>
        <div className="site-header__row">
          <SiteNav />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
