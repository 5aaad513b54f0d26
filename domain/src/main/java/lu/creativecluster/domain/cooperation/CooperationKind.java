package lu.creativecluster.domain.cooperation;

import java.util.Optional;

/** Value type: the form a cooperation with a partner takes. */
public enum CooperationKind {
  MEMORANDUM,
  NETWORK_MEMBERSHIP,
  JOINT_PROJECT,
  EXCHANGE;

  /** The stable code it is stored and published under ({@code memorandum}). */
  public String code() {
    return Codes.of(this);
  }

  public static Optional<CooperationKind> fromCode(String code) {
    return Codes.parse(CooperationKind.class, CooperationKind::code, code);
  }
}
