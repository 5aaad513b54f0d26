package lu.creativecluster.domain.inquiry;

import java.util.Arrays;
import java.util.Optional;

/** Value type: what an inquiry is about; the routing rules and the figures are per topic. */
public enum InquiryTopic {
  INTELLECTUAL_PROPERTY("intellectual-property"),
  FUNDING("funding"),
  EXPORT("export"),
  CRAFTS("crafts"),
  LEGAL_STATUS("legal-status"),
  PARTNERS("partners"),
  EVENTS("events"),
  OTHER("other");

  private final String code;

  InquiryTopic(String code) {
    this.code = code;
  }

  /** The stable code used in URLs, the API, bundles ({@code inquiry.topic.<code>}) and storage. */
  public String code() {
    return code;
  }

  public static Optional<InquiryTopic> fromCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
