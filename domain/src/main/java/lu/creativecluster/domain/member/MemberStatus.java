package lu.creativecluster.domain.member;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Value type: where a member stands in its life cycle. Applied members wait for staff; only active
 * members are public. Merged and erased are terminal: the record stays for its history and for
 * aggregate figures.
 */
public enum MemberStatus {
  APPLIED("applied"),
  ACTIVE("active"),
  REJECTED("rejected"),
  SUSPENDED("suspended"),
  LEFT("left"),
  MERGED("merged"),
  ERASED("erased");

  private final String code;

  MemberStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<MemberStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** The statuses a member may move to from this one by a staff or member decision. */
  public Set<MemberStatus> next() {
    return switch (this) {
      case APPLIED -> EnumSet.of(ACTIVE, REJECTED, MERGED, ERASED);
      case ACTIVE -> EnumSet.of(SUSPENDED, LEFT, MERGED, ERASED);
      case SUSPENDED -> EnumSet.of(ACTIVE, LEFT, MERGED, ERASED);
      case REJECTED, LEFT -> EnumSet.of(MERGED, ERASED);
      case MERGED -> EnumSet.of(ERASED);
      case ERASED -> EnumSet.noneOf(MemberStatus.class);
    };
  }

  public boolean canBecome(MemberStatus target) {
    return next().contains(target);
  }

  /** Whether the record has ended for good (merged into another or erased). */
  public boolean isTerminal() {
    return this == MERGED || this == ERASED;
  }

  @Override
  public String toString() {
    return code;
  }
}
