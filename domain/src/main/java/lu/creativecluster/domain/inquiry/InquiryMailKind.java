package lu.creativecluster.domain.inquiry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mails the inquiry process sends, each with the placeholders its text may use. A placeholder
 * that carries the mail's purpose (the private link, the answer) is required: a text without it
 * would send a mail that cannot do its job.
 */
public enum InquiryMailKind {
  /** To the asker: received, due by a day, and the private tracking link. */
  RECEIVED("received", List.of("name", "dueDate", "trackingLink"), Set.of("trackingLink")),
  /** To a recipient: the inquiry and the private link to answer or decline it. */
  FORWARDED(
      "forwarded",
      List.of("name", "topic", "askerName", "organisation", "message", "dueDate", "replyLink"),
      Set.of("message", "replyLink")),
  /** To the asker: the answer. */
  ANSWERED("answered", List.of("name", "answer"), Set.of("answer")),
  /** To a recipient: the answer is overdue. */
  REMINDER("reminder", List.of("name", "topic", "dueDate"), Set.of()),
  /** To the recipient of a forwarded inquiry: the asker added a message. */
  FOLLOW_UP("follow-up", List.of("name", "topic", "message"), Set.of("message"));

  private final String code;
  private final List<String> placeholders;
  private final Set<String> required;

  InquiryMailKind(String code, List<String> placeholders, Set<String> required) {
    this.code = code;
    this.placeholders = placeholders;
    this.required = required;
  }

  /** The stable name in URLs, the database and the bundles. */
  public String code() {
    return code;
  }

  /** The placeholders a text of this mail may use, in the order the editor lists them. */
  public List<String> placeholders() {
    return placeholders;
  }

  /** The placeholders the body must contain. */
  public Set<String> required() {
    return required;
  }

  public static Optional<InquiryMailKind> fromCode(String code) {
    return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
  }
}
