package lu.creativecluster.domain.inquiry;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: one step in an inquiry's history, with who took it, when and why. The status is the
 * one the inquiry had after the step.
 *
 * @param by the actor's audit name ({@code person:<id>}, {@code visitor}, {@code recipient:<id>},
 *     {@code system})
 * @param why a staff note or reason; empty when none was given
 */
public record InquiryStep(Kind kind, InquiryStatus status, String by, Instant at, String why) {

  public static final int MAX_WHY = 1000;

  /** What happened. */
  public enum Kind {
    RECEIVED("received"),
    TRIAGED("triaged"),
    FORWARDED("forwarded"),
    DECLINED("declined"),
    ANSWERED("answered"),
    CLOSED("closed"),
    REJECTED("rejected"),
    FOLLOW_UP("follow-up"),
    REMINDED("reminded"),
    ANONYMISED("anonymised");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Optional<Kind> fromCode(String code) {
      return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
  }

  public InquiryStep {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    why = InquiryTexts.text(why, "why", MAX_WHY, false);
  }

  InquiryStep withoutWhy() {
    return new InquiryStep(kind, status, by, at, "");
  }
}
