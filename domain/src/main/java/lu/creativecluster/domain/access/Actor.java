package lu.creativecluster.domain.access;

import java.security.Principal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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

  private static final String VISITOR_NAME = "visitor";
  private static final String PERSON_PREFIX = "person:";
  private static final String PARTNER_PREFIX = "partner:";

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

  /**
   * The principal name, which is also how the actor appears in the audit log: {@code visitor},
   * {@code person:<id>}, {@code partner:<sub>}. {@link #fromPrincipalName} reads it back.
   */
  @Override
  public String getName() {
    return switch (kind) {
      case VISITOR -> VISITOR_NAME;
      case PERSON -> PERSON_PREFIX + id;
      case PARTNER -> PARTNER_PREFIX + id;
    };
  }

  /**
   * The actor behind a principal name, for adapters that get back only the name from their
   * container (which may wrap the principal it was given). Roles and scopes are not in the name, so
   * the container is asked about each: {@code inGroup} answers whether the caller holds a role code
   * or scope. A name of another shape is a person authenticated elsewhere (an operator's OpenID
   * Connect provider), known by that name.
   *
   * @param possibleScopes the scopes worth asking about for a partner
   */
  public static Actor fromPrincipalName(
      String name, Predicate<String> inGroup, Collection<String> possibleScopes) {
    if (name == null
        || name.isBlank()
        || VISITOR_NAME.equals(name)
        || "anonymous".equals(name.toLowerCase(Locale.ROOT))) {
      return VISITOR;
    }
    if (name.startsWith(PARTNER_PREFIX)) {
      String subject = name.substring(PARTNER_PREFIX.length());
      if (subject.isBlank()) {
        return VISITOR;
      }
      return partner(
          subject, possibleScopes.stream().filter(inGroup).collect(Collectors.toUnmodifiableSet()));
    }
    String id = name.startsWith(PERSON_PREFIX) ? name.substring(PERSON_PREFIX.length()) : name;
    if (id.isBlank()) {
      return VISITOR;
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (inGroup.test(role.code())) {
        roles.addAll(role.granted());
      }
    }
    return person(id, id, roles);
  }
}
