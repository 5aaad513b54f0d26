package lu.creativecluster.application.port.out.inquiry;

import java.util.Objects;
import lu.creativecluster.domain.inquiry.InquiryMailText;

/** An admin's wording of an inquiry mail, with the version that detects concurrent edits. */
public record StoredMailText(InquiryMailText text, long version) {

  public StoredMailText {
    Objects.requireNonNull(text, "text");
  }
}
