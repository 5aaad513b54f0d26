package lu.creativecluster.adapter.webui.site;

import java.util.Optional;
import java.util.function.Predicate;
import lu.creativecluster.domain.account.Role;

/**
 * Web adapter: who may open a page. The authentication mechanism keeps strangers out; this decides
 * what the navigation offers and backs the mechanism up in {@link LanguagePathFilter}.
 */
public enum Audience {
  /** Visitors and signed-in people alike. */
  EVERYONE(false, null),
  /** Any signed-in person (member, staff, admin). */
  SIGNED_IN(true, null),
  /** People holding the role {@code staff} (admins hold it too). */
  STAFF(true, Role.STAFF),
  /** People holding the role {@code admin}. */
  ADMIN(true, Role.ADMIN);

  private final boolean signInRequired;
  private final Role role;

  Audience(boolean signInRequired, Role role) {
    this.signInRequired = signInRequired;
    this.role = role;
  }

  /** Whether a visitor is sent to the sign-in page first. */
  public boolean signInRequired() {
    return signInRequired;
  }

  /** The role the container must report ({@code isUserInRole}), if any. */
  public Optional<Role> role() {
    return Optional.ofNullable(role);
  }

  /** The stricter of the two (each audience admits no one the next one would not). */
  public Audience stricter(Audience other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /**
   * @param signedIn whether the request carries a signed-in person
   * @param inRole the container's role check, by role code
   */
  public boolean admits(boolean signedIn, Predicate<String> inRole) {
    if (!signInRequired) {
      return true;
    }
    return signedIn && (role == null || inRole.test(role.code()));
  }
}
