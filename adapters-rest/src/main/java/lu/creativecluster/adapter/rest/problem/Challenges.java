package lu.creativecluster.adapter.rest.problem;

import java.util.Collection;

/**
 * REST adapter: the {@code WWW-Authenticate} challenges of the API (RFC 6750), so a client learns
 * how to authenticate and, when its token is too weak, which scope it lacks.
 */
public final class Challenges {

  public static final String HEADER = "WWW-Authenticate";
  public static final String REALM = "creative-cluster";

  private Challenges() {}

  /** No credentials: present a bearer token. */
  public static String bearer() {
    return "Bearer realm=\"" + REALM + "\"";
  }

  /** A valid token without the scope the operation needs. */
  public static String insufficientScope(Collection<String> scopes) {
    return bearer() + ", error=\"insufficient_scope\", scope=\"" + String.join(" ", scopes) + "\"";
  }
}
