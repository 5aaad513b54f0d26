package lu.creativecluster.domain.inquiry;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lu.creativecluster.domain.shared.Language;

/**
 * The subject and body of one inquiry mail in one language, as admins word them: plain text with
 * named placeholders such as {@code {trackingLink}}. Only the kind's placeholders are allowed, and
 * its required ones must be in the body, so an edited text can never lose its link or answer.
 */
public record InquiryMailText(
    InquiryMailKind kind, Language language, String subject, String body) {

  public static final int MAX_SUBJECT = 150;
  public static final int MAX_BODY = 4000;

  /** {@code {word}}: the only brace syntax a text has; anything else in braces is a mistake. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  public InquiryMailText {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    subject = InquiryTexts.line(subject, "subject", MAX_SUBJECT, true);
    body = InquiryTexts.text(body, "body", MAX_BODY, true);
    checkPlaceholders(kind, "subject", subject);
    checkPlaceholders(kind, "body", body);
    for (String required : kind.required()) {
      if (!body.contains("{" + required + "}")) {
        throw new InvalidMailTextException(
            "body",
            InvalidMailTextException.Problem.MISSING_PLACEHOLDER,
            required,
            "must contain {" + required + "}");
      }
    }
  }

  /** The subject with each placeholder replaced by its value (missing values become empty). */
  public String renderSubject(Map<String, String> values) {
    return render(subject, values);
  }

  /** The body with each placeholder replaced by its value (missing values become empty). */
  public String renderBody(Map<String, String> values) {
    return render(body, values);
  }

  private static void checkPlaceholders(InquiryMailKind kind, String field, String text) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      if (!kind.placeholders().contains(matcher.group(1))) {
        throw new InvalidMailTextException(
            field,
            InvalidMailTextException.Problem.UNKNOWN_PLACEHOLDER,
            matcher.group(1),
            "uses the unknown placeholder {"
                + matcher.group(1)
                + "}; allowed: "
                + kind.placeholders().stream().map(p -> "{" + p + "}").toList());
      }
    }
  }

  // One pass: a value that itself contains "{name}" (an asker's message) is not expanded again.
  private static String render(String text, Map<String, String> values) {
    return PLACEHOLDER
        .matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
  }
}
