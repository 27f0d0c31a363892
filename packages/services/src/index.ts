export { can, assertCan, assertCanGlobally, canGlobally, type TWorkspace } from "./access/assert-role.ts";
export { CAPABILITIES, GLOBAL_CAPABILITIES, type TCapability, type TGlobalCapability } from "./access/capabilities.ts";
export { GEMEENTE_ROLES, ROLE_LABELS } from "./access/role-labels.ts";
export { ANONYMOUS, loadViewer, type TViewer, type TWorkspaceMembership } from "./access/viewer.ts";
export { AppError, isAppError, APP_ERROR_STATUS, type TAppErrorCode } from "./app-error.ts";
export { addAnnotationReply, deleteAnnotation, deleteAnnotationReply, editAnnotation, setAnnotationResolved } from "./annotations/change-annotation.ts";
export { createAnnotation } from "./annotations/create-annotation.ts";
export { ZAnnotationEdit, ZNewAnnotation, type TAnnotationEdit, type TNewAnnotation } from "./annotations/annotation-input.ts";
export { ANNOTATION_TYPE_LABELS, ANNOTATION_TYPES, ANNOTATION_VISIBILITIES, ANNOTATION_VISIBILITY_LABELS } from "./annotations/annotation-labels.ts";
export type { TAnnotationReplyView, TAnnotationView } from "./annotations/annotation-view.ts";
export { listAnnotations, type TLemmaAnnotations } from "./annotations/list-annotations.ts";
export { ANNOTATIONS_CHANNEL, announceAnnotationChange, watchAnnotations, type TAnnotationWatch } from "./annotations/annotation-events.ts";
export { reattachAnnotation, ZPassage, type TPassage } from "./annotations/reattach-annotation.ts";
export { exportWebAnnotations, type TWebAnnotationExport } from "./annotations/export-web-annotations.ts";
export { importWebAnnotations, type TImportOutcome } from "./annotations/import-web-annotations.ts";
export { JSONLD_MEDIA_TYPE } from "./annotations/web-annotation-model.ts";
export { applyLemmaEdition, type TEditionOutcome } from "./corrections/apply-edition.ts";
export { getCorrectionDesk, type TCorrectionDesk } from "./corrections/correction-desk.ts";
export { getBlockHistory, type TBlockVersion } from "./corrections/block-history.ts";
export { correctCoreBlock, ZCorrection, type TCorrectionInput, type TCorrectionOutcome, type TOutdatedChange } from "./corrections/correct-core-block.ts";
export { correctedBlockTexts, getCorrectedLemma, type TCurrentBlockText } from "./corrections/core-text.ts";
export { AUDIT_ACTIONS, recordAudit, type TAuditAction } from "./audit/record-audit.ts";
export { acceptInvitation, describeInvitation, ZNewAccount, type TInvitationView } from "./invitations/accept-invitation.ts";
export { createInvitation, ZInviteInput, type TCreatedInvitation } from "./invitations/create-invitation.ts";
export { revokeInvitation } from "./invitations/revoke-invitation.ts";
export { listMembers, type TMembersPage } from "./members/list-members.ts";
export { removeMember, setMemberRoles } from "./members/set-member-roles.ts";
export { PRESENCE_FRESH_MS } from "./sections/editing-now.ts";
export { getSectionEditor, type TSectionEditor } from "./sections/section-editor.ts";
export {
  createNamedSnapshot,
  getSectionSnapshot,
  HISTORY_LIMIT,
  listSectionSnapshots,
  restoreSectionSnapshot,
  ZNamedSnapshot,
  type TNamedSnapshotInput,
  type TRestoreOutcome,
  type TRestoreSection,
  type TSectionHistory,
  type TSnapshotSummary,
  type TSnapshotView,
} from "./sections/section-history.ts";
export { getOutdatedNotice, markSectionReviewed, type TOutdatedNotice } from "./sections/review-outdated.ts";
export { RATING_LABELS, RELEVANCE_RATINGS, SECTION_STATUSES, STATUS_LABELS } from "./sections/section-labels.ts";
export { updateSectionMeta, ZSectionMeta, type TSectionMeta } from "./sections/update-section-meta.ts";
export type { ServiceContext } from "./service-context.ts";
export { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./sign-in/password.ts";
export { LOCKOUT_MINUTES, MAX_FAILURES_PER_EMAIL } from "./sign-in/sign-in-policy.ts";
export { normaliseEmail, verifyCredentials, type TSignInResult } from "./sign-in/verify-credentials.ts";
export { getWorkspaceDashboard, type TWorkspaceDashboard } from "./workspaces/workspace-dashboard.ts";
export { previewPublication, PUBLICATION_WARNING_LABELS, type TPreviewLemma, type TPublicationPreview, type TPublicationWarning } from "./publications/preview-publication.ts";
export { publish, type TPublished } from "./publications/publish.ts";
export type { PublicationVisibility as TPublicationVisibility } from "@trendweb/db/node";
export {
  COVER_NOTE_MAX,
  parseVersionRef,
  PUBLICATION_VISIBILITIES,
  PUBLICATION_VISIBILITY_LABELS,
  WITHDRAWAL_REASON_MAX,
  ZPublishInput,
  ZWithdrawInput,
  type TPublishInput,
  type TVersionRef,
  type TWithdrawInput,
} from "./publications/publication-input.ts";
export {
  getPublication,
  getPublicationViewerState,
  listPublications,
  type TPublicationViewerState,
  type TPublicationList,
  type TPublicationSummary,
  type TPublicationView,
  type TPublishedSection,
  type TWithdrawal,
} from "./publications/read-publications.ts";
export { publicationVisibility } from "./publications/publication-visibility.ts";
export { isSafePublishedLink, sanitizePublishedHtml } from "./publications/sanitize-html.ts";
export { withdrawPublication } from "./publications/withdraw.ts";
export { hasChanges, wordDiff, type TWordDiffPart } from "./text/word-diff.ts";
export { buildPublicationPdf, publicationPdfFileName, publicationPdfTitle, type TPdfPublication } from "./publications/pdf/publication-pdf.ts";
export {
  comparePublications,
  LEMMA_CHANGE_LABELS,
  type TComparisonUnavailable,
  type TLemmaChange,
  type TLemmaVersionChange,
  type TPublicationComparison,
} from "./publications/compare-publications.ts";
export { siteUrl } from "./env.ts";
export { publicationDocument, tooiGemeente, ZPublicationDocument, type TPublicationDocument } from "./publications/publication-document.ts";
export { publicationFeed } from "./publications/publication-feed.ts";
export {
  countUnreadNotifications,
  listNotifications,
  markNotificationsRead,
  NOTIFICATION_LIMIT,
  type TNotificationView,
} from "./notifications/list-notifications.ts";
export { indexCoreContent, reindexCoreLemma } from "./search/core-search-index.ts";
export { comparisonPath, MAX_COMPARED, MIN_COMPARED, parseComparisonChoice, type TComparisonChoice, type TComparisonMode } from "./comparison/comparison-choice.ts";
export { compareLemma, type TComparisonColumn, type TLemmaComparison } from "./comparison/compare-lemma.ts";
export { listOtherGemeentenSections } from "./comparison/other-gemeenten-sections.ts";
export { cellText, overviewCsv } from "./comparison/overview-csv.ts";
export { cellRank, getProvinceOverview, type TOverviewCell, type TOverviewRow, type TOverviewTotals, type TProvinceOverview } from "./comparison/province-overview.ts";
export type { TPublicSection, TPublicSectionWithHtml } from "./comparison/public-sections.ts";
export { parseOverviewSort, sortOverviewRows, type TOverviewSort, type TSortDirection } from "./comparison/sort-overview.ts";
export { canSeeAllProgress, getWorkspaceProgress, type TWorkspaceProgress } from "./comparison/workspace-progress.ts";
