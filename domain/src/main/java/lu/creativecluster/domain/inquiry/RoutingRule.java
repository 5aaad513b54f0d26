package lu.creativecluster.domain.inquiry;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/**
 * Value object: "inquiries on this topic (in this sector, in this language) go to this recipient".
 * Kept by admins; {@link InquiryRouter} picks the most specific rule that matches an inquiry.
 */
public record RoutingRule(
    UUID id,
    InquiryTopic topic,
    Optional<SectorCode> sector,
    Optional<Language> language,
    RecipientId recipient) {

  public RoutingRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(recipient, "recipient");
  }

  public static RoutingRule of(
      InquiryTopic topic,
      Optional<SectorCode> sector,
      Optional<Language> language,
      RecipientId recipient) {
    return new RoutingRule(UUID.randomUUID(), topic, sector, language, recipient);
  }

  /** Every condition the rule states holds for the inquiry; a condition left open matches all. */
  public boolean matches(InquiryTopic topic, Optional<SectorCode> sector, Language language) {
    return this.topic == topic
        && (this.sector.isEmpty() || this.sector.equals(sector))
        && (this.language.isEmpty() || this.language.get() == language);
  }

  /**
   * How specific the rule is: a sector counts more than a language, since the right expertise
   * matters more than the language of the answer (both can be bridged, but expertise less so).
   */
  public int specificity() {
    return (sector.isPresent() ? 2 : 0) + (language.isPresent() ? 1 : 0);
  }
}
