// The access checks alone (`@trendweb/services/access`), for processes that need nothing
// else from the services: the collab server imports this instead of the whole package
// (sanitize-html, diff, nodemailer, argon2…: ~30 MB of RSS it never uses).
export { can } from "./assert-role.ts";
export { loadViewer, loadViewerWithSql, type TViewer } from "./viewer.ts";
