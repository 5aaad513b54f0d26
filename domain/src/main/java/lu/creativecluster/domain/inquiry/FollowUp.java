package lu.creativecluster.domain.inquiry;

import java.time.Instant;
import java.util.Objects;

/** Value object: a further message on an inquiry, from the asker or from staff. */
public record FollowUp(Author author, Instant at, String text) {

  public static final int MAX_TEXT = 5000;

  /** Who wrote it. */
  public enum Author {
    ASKER,
    STAFF
  }

  public FollowUp {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }

  /** A new follow-up, its text checked. */
  public static FollowUp of(Author author, Instant at, String text) {
    return new FollowUp(author, at, InquiryTexts.text(text, "message", MAX_TEXT, true));
  }

  FollowUp anonymised() {
    return new FollowUp(author, at, "");
  }
}
