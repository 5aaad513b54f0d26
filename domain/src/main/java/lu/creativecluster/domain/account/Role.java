package lu.creativecluster.domain.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Value type: what a person may do on the platform. An admin is also staff; a member manages only
 * their own profile and applications.
 */
public enum Role {
  MEMBER("member"),
  STAFF("staff"),
  ADMIN("admin");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The name used in security configuration and in the container's role checks. */
  public String code() {
    return code;
  }

  /** The roles this role grants, itself included. */
  public Set<Role> granted() {
    return this == ADMIN ? EnumSet.of(ADMIN, STAFF) : EnumSet.of(this);
  }

  public static Optional<Role> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
