package lu.creativecluster.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** Value type: what sort of event it is. */
public enum EventKind {
  NETWORKING("networking"),
  WORKSHOP("workshop"),
  AFTERWORK("afterwork"),
  CONFERENCE("conference"),
  FAIR("fair");

  private final String code;

  EventKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<EventKind> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
