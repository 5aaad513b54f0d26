package lu.creativecluster.domain.event;

import java.util.Arrays;
import java.util.Optional;

/** Value type: who may register: anyone, or only people with a member account. */
public enum EventAudience {
  OPEN_TO_ALL("open-to-all"),
  MEMBERS_ONLY("members-only");

  private final String code;

  EventAudience(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<EventAudience> fromCode(String code) {
    return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
  }
}
