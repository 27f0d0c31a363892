// One source for these labels: the services (the PDF of a publication uses them too).
export { RATING_LABELS, STATUS_LABELS } from "@trendweb/services/labels";
