package lu.creativecluster.domain.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * Value type: where a registration stands. Waiting registrations move up, in order, when a seat
 * frees.
 */
public enum RegistrationStatus {
  CONFIRMED("confirmed"),
  WAITING("waiting"),
  CANCELLED("cancelled"),
  ATTENDED("attended");

  private final String code;

  RegistrationStatus(String code) {
    this.code = code;
  }

  /** Whether a registration in this status holds one of the event's seats. */
  public boolean holdsSeat() {
    return this == CONFIRMED || this == ATTENDED;
  }

  public String code() {
    return code;
  }

  public static Optional<RegistrationStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
