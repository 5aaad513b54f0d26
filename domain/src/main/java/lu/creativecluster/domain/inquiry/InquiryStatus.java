package lu.creativecluster.domain.inquiry;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Value type: where an inquiry stands. received → triaged → forwarded → answered → closed, with
 * shortcuts staff take every day (forward or answer straight from received) and the side exit
 * rejected (spam). A recipient who declines sends a forwarded inquiry back to triaged.
 */
public enum InquiryStatus {
  RECEIVED("received"),
  TRIAGED("triaged"),
  FORWARDED("forwarded"),
  ANSWERED("answered"),
  CLOSED("closed"),
  REJECTED("rejected");

  private final String code;

  InquiryStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<InquiryStatus> fromCode(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** The statuses from which this one may be reached. */
  Set<InquiryStatus> reachableFrom() {
    return switch (this) {
      case RECEIVED -> EnumSet.noneOf(InquiryStatus.class);
      case TRIAGED -> EnumSet.of(RECEIVED, TRIAGED, FORWARDED);
      case FORWARDED -> EnumSet.of(RECEIVED, TRIAGED, FORWARDED);
      case ANSWERED -> EnumSet.of(RECEIVED, TRIAGED, FORWARDED);
      case CLOSED -> EnumSet.of(RECEIVED, TRIAGED, FORWARDED, ANSWERED);
      case REJECTED -> EnumSet.of(RECEIVED, TRIAGED);
    };
  }

  public boolean canMoveTo(InquiryStatus next) {
    return next.reachableFrom().contains(this);
  }

  /** Still waiting for an answer: counts for the due date and the overdue flag. */
  public boolean awaitsAnswer() {
    return this == RECEIVED || this == TRIAGED || this == FORWARDED;
  }

  /** Nothing happens to it any more except anonymisation. */
  public boolean isFinal() {
    return this == CLOSED || this == REJECTED;
  }
}
