// Labels only, no server code: safe to import from client components (`@trendweb/services/labels`).
export { RATING_LABELS, STATUS_LABELS } from "./sections/section-labels.ts";
