package lu.creativecluster.domain.inquiry;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/**
 * Domain service: suggests the recipient of an inquiry from the routing rules. The most specific
 * matching rule wins (topic + sector + language, then topic + sector, then topic + language, then
 * topic alone); rules whose recipient is not available (inactive, deleted) are skipped. Among
 * equally specific rules the one with the smallest id wins, so the suggestion never changes between
 * calls.
 */
public final class InquiryRouter {

  private InquiryRouter() {}

  public static Optional<RoutingRule> bestRule(
      Collection<RoutingRule> rules,
      Set<RecipientId> available,
      InquiryTopic topic,
      Optional<SectorCode> sector,
      Language language) {
    return rules.stream()
        .filter(rule -> rule.matches(topic, sector, language))
        .filter(rule -> available.contains(rule.recipient()))
        .min(
            Comparator.comparingInt(RoutingRule::specificity)
                .reversed()
                .thenComparing(rule -> rule.id().toString()));
  }

  public static Optional<RecipientId> suggest(
      Collection<RoutingRule> rules, Set<RecipientId> available, Inquiry inquiry) {
    return bestRule(rules, available, inquiry.topic(), inquiry.sector(), inquiry.language())
        .map(RoutingRule::recipient);
  }
}
