package lu.creativecluster.adapter.rest.access;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.function.Predicate;
import lu.creativecluster.application.port.in.audit.ReadAuditLogUseCase;
import lu.creativecluster.domain.access.Actor;

/**
 * REST adapter: the Actor of the current request, read from what the container authenticated. The
 * web layer's mechanism hands the container an {@link Actor}; where the container wraps it in a
 * principal of its own, the domain's {@link Actor#fromPrincipalName} rebuilds it from the name and
 * the container's role checks.
 */
public final class CallerActor {

  /**
   * The scopes a partner token may carry. The container is asked about each, since a wrapped
   * principal does not list its groups.
   */
  static final List<String> KNOWN_SCOPES =
      List.of(
          ReadAuditLogUseCase.SCOPE,
          "stats:read",
          "members:read",
          "cooperation:read",
          "cooperation:write");

  private CallerActor() {}

  public static Actor of(SecurityContext context) {
    if (context == null) {
      return Actor.visitor();
    }
    return from(context.getUserPrincipal(), context::isUserInRole);
  }

  static Actor from(Principal principal, Predicate<String> isInRole) {
    if (principal instanceof Actor actor) {
      return actor;
    }
    return Actor.fromPrincipalName(
        principal == null ? null : principal.getName(), isInRole, KNOWN_SCOPES);
  }
}
