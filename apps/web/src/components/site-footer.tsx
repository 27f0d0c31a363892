export function SiteFooter() {
  return (
    <footer className="utrecht-page-footer site-footer">
      <div className="site-footer__content">
        <p className="utrecht-paragraph">
          De kerntekst is de Trendweb 2025 (3e editie) van Trendbureau Overijssel. De lokale teksten zijn van de
          gemeenten zelf.
        </p>
      </div>
    </footer>
  );
}
