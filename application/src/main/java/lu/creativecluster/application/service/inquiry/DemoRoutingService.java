package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lu.creativecluster.application.port.in.inquiry.SeedDemoRoutingUseCase;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.inquiry.RoutingRules;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.inquiry.RoutingRule;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Use case service: the demo directory of recipients and its routing rules. Every name is fictional
 * and marked "(demo)"; every address is under example.org (RFC 2606), so a demo never mails a real
 * office. Fixed ids, so a restart finds the same entries and a test can name them.
 */
@ApplicationScoped
@Transactional
public class DemoRoutingService implements SeedDemoRoutingUseCase {

  static final RecipientId IP_OFFICE = fixed(1);
  static final RecipientId CHAMBER_OF_CRAFTS = fixed(2);
  static final RecipientId CHAMBER_OF_COMMERCE = fixed(3);
  static final RecipientId INNOVATION_AGENCY = fixed(4);
  static final RecipientId MINISTRY = fixed(5);
  static final RecipientId PARTNER_CLUSTER = fixed(6);
  static final RecipientId TRADEMARK_EXPERT = fixed(7);
  static final RecipientId EVENTS_EXPERT = fixed(8);

  private final Recipients recipients;
  private final RoutingRules rules;

  /** For CDI's client proxy only. */
  protected DemoRoutingService() {
    this(null, null);
  }

  @Inject
  public DemoRoutingService(Recipients recipients, RoutingRules rules) {
    this.recipients = recipients;
    this.rules = rules;
  }

  @Override
  public int seedDemoRouting() {
    if (!recipients.all().isEmpty()) {
      return 0;
    }
    List<Recipient> directory = directory();
    directory.forEach(recipients::put);
    demoRules().forEach(rules::add);
    return directory.size();
  }

  static List<Recipient> directory() {
    Set<Language> all = Set.of(Language.DE, Language.FR, Language.EN);
    return List.of(
        institution(
            IP_OFFICE,
            "Intellectual Property Desk Luxembourg (demo)",
            "ip-desk@example.org",
            all,
            Set.of(InquiryTopic.INTELLECTUAL_PROPERTY)),
        institution(
            CHAMBER_OF_CRAFTS,
            "Chamber of Crafts – Advice Centre (demo)",
            "crafts-advice@example.org",
            Set.of(Language.DE, Language.FR),
            Set.of(InquiryTopic.CRAFTS, InquiryTopic.LEGAL_STATUS)),
        institution(
            CHAMBER_OF_COMMERCE,
            "Chamber of Commerce – Export Point (demo)",
            "export-point@example.org",
            all,
            Set.of(InquiryTopic.EXPORT, InquiryTopic.LEGAL_STATUS)),
        institution(
            INNOVATION_AGENCY,
            "Innovation Agency – Creative Funding (demo)",
            "creative-funding@example.org",
            Set.of(Language.EN, Language.FR),
            Set.of(InquiryTopic.FUNDING, InquiryTopic.PARTNERS)),
        institution(
            MINISTRY,
            "Ministry of Culture – Grants Unit (demo)",
            "culture-grants@example.org",
            Set.of(Language.FR, Language.DE),
            Set.of(InquiryTopic.FUNDING)),
        institution(
            PARTNER_CLUSTER,
            "Greater Region Design Cluster (demo)",
            "hello@design-cluster.example.org",
            all,
            Set.of(InquiryTopic.PARTNERS, InquiryTopic.EVENTS)),
        new Recipient(
            TRADEMARK_EXPERT,
            Recipient.Kind.EXPERT,
            "Anne Weber, trademark attorney (demo)",
            Optional.empty(),
            new Email("anne.weber@example.org"),
            "+352 621 000 101",
            Set.of(Language.DE, Language.EN),
            Set.of(InquiryTopic.INTELLECTUAL_PROPERTY),
            Set.of(new SectorCode("design"), new SectorCode("fashion-design")),
            true),
        new Recipient(
            EVENTS_EXPERT,
            Recipient.Kind.EXPERT,
            "Marc Schmit, event producer (demo)",
            Optional.empty(),
            new Email("marc.schmit@example.org"),
            "+352 621 000 102",
            Set.of(Language.FR, Language.EN),
            Set.of(InquiryTopic.EVENTS),
            Set.of(new SectorCode("music"), new SectorCode("performing-arts")),
            true));
  }

  /** From general to specific; the router picks the most specific that matches. */
  static List<RoutingRule> demoRules() {
    return List.of(
        rule(11, InquiryTopic.INTELLECTUAL_PROPERTY, null, null, IP_OFFICE),
        rule(12, InquiryTopic.INTELLECTUAL_PROPERTY, "design", null, TRADEMARK_EXPERT),
        rule(13, InquiryTopic.INTELLECTUAL_PROPERTY, "fashion-design", null, TRADEMARK_EXPERT),
        rule(14, InquiryTopic.FUNDING, null, null, INNOVATION_AGENCY),
        rule(15, InquiryTopic.FUNDING, "film-audiovisual", null, MINISTRY),
        rule(16, InquiryTopic.FUNDING, "literature", null, MINISTRY),
        rule(17, InquiryTopic.EXPORT, null, null, CHAMBER_OF_COMMERCE),
        rule(18, InquiryTopic.CRAFTS, null, null, CHAMBER_OF_CRAFTS),
        rule(19, InquiryTopic.LEGAL_STATUS, null, null, CHAMBER_OF_CRAFTS),
        rule(20, InquiryTopic.LEGAL_STATUS, null, Language.EN, CHAMBER_OF_COMMERCE),
        rule(21, InquiryTopic.PARTNERS, null, null, PARTNER_CLUSTER),
        rule(22, InquiryTopic.EVENTS, null, null, PARTNER_CLUSTER),
        rule(23, InquiryTopic.EVENTS, "music", null, EVENTS_EXPERT));
  }

  private static Recipient institution(
      RecipientId id,
      String name,
      String email,
      Set<Language> languages,
      Set<InquiryTopic> topics) {
    return new Recipient(
        id,
        Recipient.Kind.INSTITUTION,
        name,
        Optional.empty(),
        new Email(email),
        "",
        languages,
        topics,
        Set.of(),
        true);
  }

  private static RoutingRule rule(
      int n, InquiryTopic topic, String sector, Language language, RecipientId to) {
    return new RoutingRule(
        new UUID(0x64656d6fL, n),
        topic,
        Optional.ofNullable(sector).map(SectorCode::new),
        Optional.ofNullable(language),
        to);
  }

  private static RecipientId fixed(int n) {
    return new RecipientId(new UUID(0x64656d6fL, n));
  }
}
