package lu.creativecluster.domain.member;

import java.util.Arrays;
import java.util.Optional;

/** Value type: what kind of organisation (or person) a member is. */
public enum MemberKind {
  FREELANCER("freelancer"),
  COMPANY("company"),
  ASSOCIATION("association"),
  INSTITUTION("institution");

  private final String code;

  MemberKind(String code) {
    this.code = code;
  }

  /** The stable code used in URLs, filters and partner integrations. */
  public String code() {
    return code;
  }

  public static Optional<MemberKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
