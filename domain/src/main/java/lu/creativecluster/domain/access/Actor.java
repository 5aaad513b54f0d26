package lu.creativecluster.domain.access;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;
import lu.creativecluster.domain.account.Role;

/**
 * Value object: who is asking. A visitor, a signed-in person with roles, or a partner system with
 * the scopes of its token. Adapters authenticate and pass it in; use cases decide what it may do.
 *
 * @param id the account id of a person, the token subject of a partner, empty for a visitor
 */
public record Actor(Kind kind, String id, String displayName, Set<Role> roles, Set<String> scopes)
    implements Principal {

  /** The kinds of caller. */
  public enum Kind {
    VISITOR,
    PERSON,
    PARTNER
  }

  private static final Actor VISITOR = new Actor(Kind.VISITOR, "", "", Set.of(), Set.of());

  public Actor {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    roles = Set.copyOf(roles);
    scopes = Set.copyOf(scopes);
    if (kind != Kind.VISITOR && id.isBlank()) {
      throw new IllegalArgumentException("a person or partner has an id");
    }
    if (kind != Kind.PERSON && !roles.isEmpty()) {
      throw new IllegalArgumentException("only people hold roles");
    }
    if (kind != Kind.PARTNER && !scopes.isEmpty()) {
      throw new IllegalArgumentException("only partner systems hold scopes");
    }
  }

  public static Actor visitor() {
    return VISITOR;
  }

  public static Actor person(String accountId, String displayName, Set<Role> roles) {
    return new Actor(Kind.PERSON, accountId, displayName, roles, Set.of());
  }

  public static Actor partner(String subject, Set<String> scopes) {
    return new Actor(Kind.PARTNER, subject, subject, Set.of(), scopes);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  /** How the actor appears in the audit log: {@code person:<id>}, {@code partner:<sub>}. */
  @Override
  public String getName() {
    return kind == Kind.VISITOR
        ? "visitor"
        : kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
