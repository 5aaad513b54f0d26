package lu.creativecluster.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class InquiryRouterTest {

  private static final SectorCode DESIGN = new SectorCode("design");
  private static final SectorCode MUSIC = new SectorCode("music");
  private final RecipientId topicOnly = RecipientId.newId();
  private final RecipientId topicLanguage = RecipientId.newId();
  private final RecipientId topicSector = RecipientId.newId();
  private final RecipientId everything = RecipientId.newId();
  private final RecipientId otherTopic = RecipientId.newId();

  private final List<RoutingRule> rules =
      List.of(
          RoutingRule.of(InquiryTopic.FUNDING, Optional.empty(), Optional.empty(), topicOnly),
          RoutingRule.of(
              InquiryTopic.FUNDING, Optional.empty(), Optional.of(Language.FR), topicLanguage),
          RoutingRule.of(InquiryTopic.FUNDING, Optional.of(DESIGN), Optional.empty(), topicSector),
          RoutingRule.of(
              InquiryTopic.FUNDING, Optional.of(DESIGN), Optional.of(Language.DE), everything),
          RoutingRule.of(InquiryTopic.EXPORT, Optional.empty(), Optional.empty(), otherTopic));

  private final Set<RecipientId> all =
      Set.of(topicOnly, topicLanguage, topicSector, everything, otherTopic);

  private Optional<RecipientId> route(Optional<SectorCode> sector, Language language) {
    return InquiryRouter.bestRule(rules, all, InquiryTopic.FUNDING, sector, language)
        .map(RoutingRule::recipient);
  }

  @Test
  void topicSectorAndLanguage_beatEveryLessSpecificRule() {
    assertEquals(Optional.of(everything), route(Optional.of(DESIGN), Language.DE));
  }

  @Test
  void aSector_outweighsALanguage() {
    assertEquals(Optional.of(topicSector), route(Optional.of(DESIGN), Language.FR));
  }

  @Test
  void aLanguage_beatsTheTopicAlone_whenNoSectorRuleMatches() {
    assertEquals(Optional.of(topicLanguage), route(Optional.of(MUSIC), Language.FR));
    assertEquals(Optional.of(topicLanguage), route(Optional.empty(), Language.FR));
  }

  @Test
  void theTopicAlone_isTheFallback() {
    assertEquals(Optional.of(topicOnly), route(Optional.of(MUSIC), Language.EN));
  }

  @Test
  void aRuleWithASector_neverMatchesAnInquiryWithoutOne() {
    assertEquals(Optional.of(topicOnly), route(Optional.empty(), Language.DE));
  }

  @Test
  void anUnavailableRecipient_isSkipped_forTheNextMostSpecific() {
    Set<RecipientId> withoutBest = Set.of(topicOnly, topicLanguage, topicSector);

    assertEquals(
        Optional.of(topicSector),
        InquiryRouter.bestRule(
                rules, withoutBest, InquiryTopic.FUNDING, Optional.of(DESIGN), Language.DE)
            .map(RoutingRule::recipient));
  }

  @Test
  void noRuleForTheTopic_suggestsNobody() {
    assertEquals(
        Optional.empty(),
        InquiryRouter.bestRule(rules, all, InquiryTopic.CRAFTS, Optional.empty(), Language.DE));
  }

  @Test
  void equallySpecificRules_areDecidedByTheirId_everyTime() {
    RecipientId first = RecipientId.newId();
    RecipientId second = RecipientId.newId();
    RoutingRule a =
        new RoutingRule(
            new UUID(0, 1), InquiryTopic.EVENTS, Optional.empty(), Optional.empty(), first);
    RoutingRule b =
        new RoutingRule(
            new UUID(0, 2), InquiryTopic.EVENTS, Optional.empty(), Optional.empty(), second);

    for (List<RoutingRule> order : List.of(List.of(a, b), List.of(b, a))) {
      assertEquals(
          Optional.of(first),
          InquiryRouter.bestRule(
                  order, Set.of(first, second), InquiryTopic.EVENTS, Optional.empty(), Language.EN)
              .map(RoutingRule::recipient));
    }
  }
}
