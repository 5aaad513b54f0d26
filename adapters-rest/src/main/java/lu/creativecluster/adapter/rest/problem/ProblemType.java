package lu.creativecluster.adapter.rest.problem;

/**
 * The problem type URIs of this API. They are identifiers (RFC 9457 section 3.1.1), stable across
 * releases; {@code about:blank} is used where the HTTP status says everything.
 */
public final class ProblemType {

  public static final String ABOUT_BLANK = "about:blank";
  public static final String INVALID_PARAMETER = "urn:creative-cluster:problem:invalid-parameter";
  public static final String UNKNOWN_SECTOR = "urn:creative-cluster:problem:unknown-sector";
  public static final String INVALID_BODY = "urn:creative-cluster:problem:invalid-body";
  public static final String UNKNOWN_MEMBER = "urn:creative-cluster:problem:unknown-member";
  public static final String MEMBER_MOVED = "urn:creative-cluster:problem:member-moved";
  public static final String MEMBERSHIP_ENDED = "urn:creative-cluster:problem:membership-ended";
  public static final String MEMBERSHIP_TRANSITION =
      "urn:creative-cluster:problem:membership-transition";
  public static final String PRECONDITION_REQUIRED =
      "urn:creative-cluster:problem:precondition-required";
  public static final String STALE_VERSION = "urn:creative-cluster:problem:stale-version";

  public static final String UNKNOWN_MISSION = "urn:creative-cluster:problem:unknown-mission";
  // Cross-border cooperation, staff side (issue 10).
  public static final String UNKNOWN_PARTNER = "urn:creative-cluster:problem:unknown-partner";
  public static final String MISSION_RULE = "urn:creative-cluster:problem:mission-rule";
  // Inquiries (issue 9).
  public static final String UNKNOWN_INQUIRY = "urn:creative-cluster:problem:unknown-inquiry";
  public static final String INQUIRY_TRANSITION = "urn:creative-cluster:problem:inquiry-transition";
  public static final String UNKNOWN_RECIPIENT = "urn:creative-cluster:problem:unknown-recipient";
  // Events (issue 11).
  public static final String UNKNOWN_EVENT = "urn:creative-cluster:problem:unknown-event";
  public static final String REGISTRATION_REFUSED =
      "urn:creative-cluster:problem:registration-refused";
  public static final String CAPACITY_BELOW_CONFIRMED =
      "urn:creative-cluster:problem:capacity-below-confirmed";

  // Projects (issue 11).
  public static final String UNKNOWN_PROJECT = "urn:creative-cluster:problem:unknown-project";
  public static final String PROJECT_TRANSITION = "urn:creative-cluster:problem:project-transition";

  private ProblemType() {}
}
