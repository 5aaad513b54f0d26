package lu.creativecluster.domain.inquiry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Value object: the answer an inquiry got, from staff directly or from the recipient it was
 * forwarded to.
 *
 * @param recipient the recipient who answered; empty when staff answered directly
 */
public record Answer(String text, String by, Optional<RecipientId> recipient, Instant at) {

  public static final int MAX_TEXT = 10_000;

  public Answer {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(at, "at");
  }

  /** A new answer, its text checked. */
  public static Answer of(String text, String by, Optional<RecipientId> recipient, Instant at) {
    return new Answer(InquiryTexts.text(text, "answer", MAX_TEXT, true), by, recipient, at);
  }

  Answer anonymised() {
    return new Answer("", by, recipient, at);
  }
}
