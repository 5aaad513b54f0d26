package lu.creativecluster.adapter.rest.problem;

/**
 * The problem type URIs of this API. They are identifiers (RFC 9457 section 3.1.1), stable across
 * releases; {@code about:blank} is used where the HTTP status says everything.
 */
public final class ProblemType {

  public static final String ABOUT_BLANK = "about:blank";
  public static final String INVALID_PARAMETER = "urn:creative-cluster:problem:invalid-parameter";
  public static final String UNKNOWN_SECTOR = "urn:creative-cluster:problem:unknown-sector";

  private ProblemType() {}
}
