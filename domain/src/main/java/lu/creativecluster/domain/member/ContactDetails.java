package lu.creativecluster.domain.member;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.shared.Email;

/**
 * Value object: how to reach a member, and the member's consent to show each way publicly. A field
 * is public only while consent is recorded, with the instant it was given, so the cluster can show
 * when a member agreed; one action withdraws every consent.
 */
public record ContactDetails(
    Optional<Email> email,
    Optional<PhoneNumber> phone,
    Optional<Instant> emailConsentAt,
    Optional<Instant> phoneConsentAt) {

  public static final ContactDetails NONE =
      new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public ContactDetails {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(emailConsentAt, "emailConsentAt");
    Objects.requireNonNull(phoneConsentAt, "phoneConsentAt");
    if (emailConsentAt.isPresent() && email.isEmpty()) {
      throw new IllegalArgumentException("consent to show an e-mail address needs the address");
    }
    if (phoneConsentAt.isPresent() && phone.isEmpty()) {
      throw new IllegalArgumentException("consent to show a phone number needs the number");
    }
  }

  /** Contact details nobody agreed yet to show. */
  public static ContactDetails privately(Optional<Email> email, Optional<PhoneNumber> phone) {
    return new ContactDetails(email, phone, Optional.empty(), Optional.empty());
  }

  /**
   * The details after the member edits them: a field keeps its consent instant when it is still
   * shown and unchanged; a newly shown (or changed) field records consent {@code at}; a hidden one
   * has none.
   */
  public ContactDetails revisedTo(
      Optional<Email> newEmail,
      Optional<PhoneNumber> newPhone,
      boolean showEmail,
      boolean showPhone,
      Instant at) {
    Objects.requireNonNull(at, "at");
    Optional<Instant> emailConsent =
        consent(showEmail && newEmail.isPresent(), newEmail.equals(email), emailConsentAt, at);
    Optional<Instant> phoneConsent =
        consent(showPhone && newPhone.isPresent(), newPhone.equals(phone), phoneConsentAt, at);
    return new ContactDetails(newEmail, newPhone, emailConsent, phoneConsent);
  }

  /** Both fields hidden again; the details themselves stay for the cluster's staff. */
  public ContactDetails withoutConsent() {
    return new ContactDetails(email, phone, Optional.empty(), Optional.empty());
  }

  public Optional<Email> publicEmail() {
    return emailConsentAt.isPresent() ? email : Optional.empty();
  }

  public Optional<PhoneNumber> publicPhone() {
    return phoneConsentAt.isPresent() ? phone : Optional.empty();
  }

  /** Only what the member agreed to show, with the consent instants. */
  public ContactDetails publicOnly() {
    return new ContactDetails(publicEmail(), publicPhone(), emailConsentAt, phoneConsentAt);
  }

  private static Optional<Instant> consent(
      boolean shown, boolean unchanged, Optional<Instant> previous, Instant at) {
    if (!shown) {
      return Optional.empty();
    }
    return unchanged && previous.isPresent() ? previous : Optional.of(at);
  }
}
