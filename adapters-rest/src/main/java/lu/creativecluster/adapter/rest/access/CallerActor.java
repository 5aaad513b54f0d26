package lu.creativecluster.adapter.rest.access;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import lu.creativecluster.application.port.in.audit.ReadAuditLogUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;

/**
 * REST adapter: the Actor of the current request, read from what the container authenticated. The
 * web layer's mechanism hands the container an {@link Actor}; where the container wraps it in a
 * principal of its own, the actor is rebuilt from the name and the container's role checks.
 */
public final class CallerActor {

  private static final String PARTNER_PREFIX = "partner:";
  private static final String PERSON_PREFIX = "person:";

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
    String name = principal == null ? null : principal.getName();
    if (name == null || name.isBlank() || "visitor".equals(name) || "anonymous".equals(name)) {
      return Actor.visitor();
    }
    if (name.startsWith(PARTNER_PREFIX)) {
      return partner(name.substring(PARTNER_PREFIX.length()), isInRole);
    }
    String id = name.startsWith(PERSON_PREFIX) ? name.substring(PERSON_PREFIX.length()) : name;
    // A principal of another shape is a person authenticated elsewhere (an operator's OIDC
    // provider): known by name, with the roles the container grants.
    return id.isBlank() ? Actor.visitor() : Actor.person(id, id, roles(isInRole));
  }

  private static Actor partner(String subject, Predicate<String> isInRole) {
    if (subject.isBlank()) {
      return Actor.visitor();
    }
    Set<String> scopes =
        KNOWN_SCOPES.stream().filter(isInRole).collect(Collectors.toUnmodifiableSet());
    return Actor.partner(subject, scopes);
  }

  /** An admin group also makes staff, as the domain's role hierarchy says. */
  private static Set<Role> roles(Predicate<String> isInRole) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (isInRole.test(role.code())) {
        roles.addAll(role.granted());
      }
    }
    return roles;
  }
}
