package lu.creativecluster.domain.mission;

import java.util.Optional;
import lu.creativecluster.domain.cooperation.Codes;

/** Value type: where a member's application to a mission stands. */
public enum ApplicationStatus {
  APPLIED,
  SELECTED,
  WAITLISTED,
  DECLINED,
  WITHDRAWN;

  /** The stable code it is stored and published under ({@code applied}). */
  public String code() {
    return Codes.of(this);
  }

  public static Optional<ApplicationStatus> fromCode(String code) {
    return Codes.parse(ApplicationStatus.class, ApplicationStatus::code, code);
  }
}
