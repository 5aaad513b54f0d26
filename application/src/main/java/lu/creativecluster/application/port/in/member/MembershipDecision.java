package lu.creativecluster.application.port.in.member;

import java.util.Arrays;
import java.util.Optional;

/** Value type: what staff (or, for leaving, the member) decide about a membership. */
public enum MembershipDecision {
  APPROVE("approve", false),
  REJECT("reject", true),
  SUSPEND("suspend", true),
  REINSTATE("reinstate", false),
  MARK_LEFT("leave", false);

  private final String code;
  private final boolean needsReason;

  MembershipDecision(String code, boolean needsReason) {
    this.code = code;
    this.needsReason = needsReason;
  }

  public String code() {
    return code;
  }

  /** Rejections and suspensions say why, so the member and later staff can read it. */
  public boolean needsReason() {
    return needsReason;
  }

  public static Optional<MembershipDecision> fromCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }
}
