package lu.creativecluster.domain.inquiry;

/** Helper: the checks every free text of an inquiry goes through. */
final class InquiryTexts {

  private InquiryTexts() {}

  /** One line, stripped, no control characters, at most max characters. */
  static String line(String value, String field, int max, boolean required) {
    String text = value == null ? "" : value.strip();
    if (required && text.isEmpty()) {
      throw new InvalidInquiryException(field, "is required");
    }
    if (text.length() > max) {
      throw new InvalidInquiryException(field, "has at most " + max + " characters");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidInquiryException(field, "is one line without control characters");
    }
    return text;
  }

  /** Several lines allowed (CR, LF, tab), stripped, at most max characters. */
  static String text(String value, String field, int max, boolean required) {
    String text = value == null ? "" : value.strip().replace("\r\n", "\n");
    if (required && text.isEmpty()) {
      throw new InvalidInquiryException(field, "is required");
    }
    if (text.length() > max) {
      throw new InvalidInquiryException(field, "has at most " + max + " characters");
    }
    if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new InvalidInquiryException(field, "has no control characters");
    }
    return text;
  }
}
