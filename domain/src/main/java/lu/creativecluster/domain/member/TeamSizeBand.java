package lu.creativecluster.domain.member;

import java.util.Arrays;
import java.util.Optional;

/** Value type: how many people work for a member, in the bands official statistics use. */
public enum TeamSizeBand {
  SOLO("1"),
  MICRO("2-9"),
  SMALL("10-49"),
  MEDIUM("50-249"),
  LARGE("250+");

  private final String code;

  TeamSizeBand(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<TeamSizeBand> fromCode(String code) {
    return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
  }
}
