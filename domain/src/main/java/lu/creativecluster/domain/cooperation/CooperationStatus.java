package lu.creativecluster.domain.cooperation;

import java.util.Optional;

/** Value type: where a cooperation stands (agreed but not begun, running, ended). */
public enum CooperationStatus {
  PLANNED,
  ACTIVE,
  ENDED;

  /** The stable code it is stored and published under ({@code planned}). */
  public String code() {
    return Codes.of(this);
  }

  public static Optional<CooperationStatus> fromCode(String code) {
    return Codes.parse(CooperationStatus.class, CooperationStatus::code, code);
  }
}
