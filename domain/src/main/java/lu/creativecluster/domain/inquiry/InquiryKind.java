package lu.creativecluster.domain.inquiry;

import java.util.Arrays;
import java.util.Optional;

/** Value type: whether someone asks the cluster something or offers something to creatives. */
public enum InquiryKind {
  QUESTION("question"),
  OFFER("offer");

  private final String code;

  InquiryKind(String code) {
    this.code = code;
  }

  /** The stable code used in URLs, the API and storage. */
  public String code() {
    return code;
  }

  public static Optional<InquiryKind> fromCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }
}
