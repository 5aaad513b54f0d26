package lu.creativecluster.application.port.in.inquiry;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Command: a visitor asks the cluster something or offers something. The texts are checked by the
 * domain ({@code InvalidInquiryException} names the field); the adapter has parsed the typed
 * values.
 */
public record SubmitInquiryCommand(
    InquiryKind kind,
    InquiryTopic topic,
    Optional<SectorCode> sector,
    String message,
    String name,
    Email email,
    String organisation,
    Language language,
    boolean consent) {

  public SubmitInquiryCommand {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(language, "language");
  }
}
