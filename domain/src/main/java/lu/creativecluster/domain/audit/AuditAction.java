package lu.creativecluster.domain.audit;

/** The actions the audit log records, as stable dotted codes. Later features add theirs here. */
public final class AuditAction {

  public static final String SIGN_IN_SUCCEEDED = "sign-in.succeeded";
  public static final String SIGN_IN_FAILED = "sign-in.failed";
  public static final String SIGN_IN_REFUSED_THROTTLED = "sign-in.throttled";
  public static final String SIGNED_OUT = "sign-out";
  public static final String ACCOUNT_INVITED = "account.invited";
  public static final String PASSWORD_SET = "account.password-set";
  public static final String PASSWORD_RESET_REQUESTED = "account.password-reset-requested";
  public static final String ACCOUNT_CREATED_FROM_CONFIGURATION =
      "account.created-from-configuration";
  public static final String AUDIT_LOG_READ = "audit-log.read";
  public static final String MEMBERS_MERGED = "member.merged";
  public static final String MEMBER_ERASED = "member.erased";
  public static final String MEMBER_DATA_EXPORTED = "member.data-exported";
  public static final String MEMBER_DUPLICATE_DISMISSED = "member.duplicate-dismissed";
  public static final String MEMBERS_IMPORTED = "member.imported";
  public static final String MEMBER_DIRECTORY_EXPORTED = "member.directory-exported";

  // Cross-border cooperation (issue 10).
  public static final String PARTNER_SAVED = "partner.saved";
  public static final String COOPERATION_SAVED = "partner.cooperation-saved";
  public static final String COOPERATION_REMOVED = "partner.cooperation-removed";
  public static final String PARTNER_ARCHIVED = "partner.archived";
  public static final String MISSION_SAVED = "mission.saved";
  public static final String MISSION_STATUS_CHANGED = "mission.status-changed";
  public static final String MISSION_APPLICATION_DECIDED = "mission.application-decided";
  public static final String MISSION_OUTCOME_RECORDED = "mission.outcome-recorded";
  // Inquiries (issue 9): staff decisions; the inquiry's own history keeps the details.
  public static final String INQUIRY_TRIAGED = "inquiry.triaged";
  public static final String INQUIRY_FORWARDED = "inquiry.forwarded";
  public static final String INQUIRY_ANSWERED = "inquiry.answered";
  public static final String INQUIRY_REJECTED = "inquiry.rejected";
  public static final String INQUIRY_CLOSED = "inquiry.closed";
  public static final String INQUIRIES_ANONYMISED = "inquiry.anonymised";
  public static final String INQUIRY_ROUTING_CHANGED = "inquiry.routing-changed";
  public static final String INQUIRY_MAIL_TEXT_CHANGED = "inquiry.mail-text-changed";

  private AuditAction() {}
}
