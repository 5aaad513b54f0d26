package lu.creativecluster.domain.inquiry;

import java.util.Objects;
import lu.creativecluster.domain.shared.Email;

/** Value object: who asked, as they wrote it; personal data, removed by anonymisation. */
public record Asker(String name, Email email, String organisation) {

  public static final int MAX_NAME = 120;
  public static final int MAX_ORGANISATION = 160;

  public Asker {
    name = InquiryTexts.line(name, "name", MAX_NAME, true);
    Objects.requireNonNull(email, "email");
    organisation = InquiryTexts.line(organisation, "organisation", MAX_ORGANISATION, false);
  }
}
