package lu.creativecluster.domain.cooperation;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.shared.Email;

/** Value object: the person to reach at a partner organisation; every part may be unknown. */
public record PartnerContact(String name, Optional<Email> email, String phone) {

  public static final PartnerContact NONE = new PartnerContact("", Optional.empty(), "");

  public PartnerContact {
    name = CooperationTexts.singleLine(name, "contact name", 0, 120);
    Objects.requireNonNull(email, "email");
    phone = CooperationTexts.singleLine(phone, "phone number", 0, 40);
  }
}
