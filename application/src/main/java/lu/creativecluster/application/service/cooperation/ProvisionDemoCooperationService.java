package lu.creativecluster.application.service.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lu.creativecluster.application.port.in.cooperation.ProvisionDemoCooperationUseCase;
import lu.creativecluster.application.port.out.cooperation.Partners;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.mission.Missions;
import lu.creativecluster.domain.cooperation.Cooperation;
import lu.creativecluster.domain.cooperation.CooperationKind;
import lu.creativecluster.domain.cooperation.CooperationStatus;
import lu.creativecluster.domain.cooperation.PartnerContact;
import lu.creativecluster.domain.cooperation.PartnerDetails;
import lu.creativecluster.domain.cooperation.PartnerId;
import lu.creativecluster.domain.cooperation.PartnerKind;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.mission.Mission;
import lu.creativecluster.domain.mission.MissionDates;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionKind;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.MissionText;
import lu.creativecluster.domain.mission.MissionTexts;
import lu.creativecluster.domain.mission.Organiser;
import lu.creativecluster.domain.mission.OrganiserKind;
import lu.creativecluster.domain.mission.ParticipantOutcome;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/**
 * Use case service: the demo partner network and missions, dated around the day of the first start
 * so that there is always a past mission with outcomes, open missions with applications and a
 * planned one. Applicants are demo members (by slug); a missing one is skipped.
 */
@ApplicationScoped
@Transactional
public class ProvisionDemoCooperationService implements ProvisionDemoCooperationUseCase {

  private static final ZoneId CLUSTER_ZONE = ZoneId.of("Europe/Luxembourg");

  private final Partners partners;
  private final Missions missions;
  private final Members members;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ProvisionDemoCooperationService() {
    this(null, null, null, null);
  }

  @Inject
  public ProvisionDemoCooperationService(
      Partners partners, Missions missions, Members members, Clock clock) {
    this.partners = partners;
    this.missions = missions;
    this.members = members;
    this.clock = clock;
  }

  @Override
  public int provisionDemoCooperation() {
    if (!partners.list(Optional.empty()).isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), CLUSTER_ZONE);
    PartnerOrganisation saar =
        partner(
            "Creative Saar Network (demo)",
            PartnerKind.NETWORK,
            "DE",
            "Saarland",
            Set.of("design", "music", "gaming"),
            "de");
    saar.recordCooperation(
        cooperation(
            CooperationKind.MEMORANDUM,
            today.minusYears(3),
            Optional.empty(),
            CooperationStatus.ACTIVE,
            "Memorandum of understanding on joint events in the Greater Region.",
            List.of("Shared stand at the Saarbrücken design days", "Yearly network meeting")));
    PartnerOrganisation grandEst =
        partner(
            "Cluster Créatif Grand Est (demo)",
            PartnerKind.CLUSTER,
            "FR",
            "Grand Est",
            Set.of("design", "crafts-manufacturing", "architecture"),
            "fr");
    grandEst.recordCooperation(
        cooperation(
            CooperationKind.JOINT_PROJECT,
            today.minusYears(2),
            Optional.of(today.plusYears(1)),
            CooperationStatus.ACTIVE,
            "Cross-border project on crafts and design in the Greater Region.",
            List.of("Two matchmaking days in Metz", "Joint catalogue of makers")));
    PartnerOrganisation wallonia =
        partner(
            "Wallonia Creative Agency (demo)",
            PartnerKind.AGENCY,
            "BE",
            "Wallonia",
            Set.of("film-audiovisual", "gaming"),
            "fr");
    wallonia.recordCooperation(
        cooperation(
            CooperationKind.EXCHANGE,
            today.plusMonths(2),
            Optional.of(today.plusMonths(8)),
            CooperationStatus.PLANNED,
            "Exchange of young game and film studios.",
            List.of()));
    PartnerOrganisation trier =
        partner(
            "Handwerkskammer Trier (demo)",
            PartnerKind.CHAMBER,
            "DE",
            "Rheinland-Pfalz",
            Set.of("crafts-manufacturing"),
            "de");
    trier.recordCooperation(
        cooperation(
            CooperationKind.NETWORK_MEMBERSHIP,
            today.minusYears(5),
            Optional.of(today.minusYears(1)),
            CooperationStatus.ENDED,
            "Member of the chamber's cross-border crafts network.",
            List.of("Crafts fair in Trier")));
    PartnerOrganisation dutch =
        partner(
            "Dutch Design Institute (demo)",
            PartnerKind.INSTITUTION,
            "NL",
            "Noord-Brabant",
            Set.of("design", "fashion-design"),
            "nl");
    Stream.of(saar, grandEst, wallonia, trier, dutch).forEach(partners::add);

    Instant now = clock.instant();
    Mission metz =
        Mission.plan(
            MissionId.newId(),
            plan(
                "Handwerk & Design Metz",
                "Artisanat & design à Metz",
                "Crafts & design in Metz",
                MissionKind.TRADE_FAIR,
                "FR",
                "Metz",
                today.minusMonths(4),
                2,
                new Organiser(
                    OrganiserKind.PARTNER, grandEst.details().name(), Optional.of(grandEst.id())),
                10,
                "design",
                "crafts-manufacturing"));
    metz.open(today.minusMonths(6));
    applyAll(
        metz,
        today.minusMonths(6),
        now,
        "keramikwerkstatt-sauer",
        "studio-lumen",
        "formstuck-design");
    selectAll(metz, now, "keramikwerkstatt-sauer", "studio-lumen", "formstuck-design");
    metz.close();
    metz.complete(today.minusMonths(4).plusDays(2));
    outcome(
        metz,
        "keramikwerkstatt-sauer",
        new ParticipantOutcome(18, 4, "Two shops in Nancy ordered samples."));
    outcome(
        metz, "studio-lumen", new ParticipantOutcome(9, 1, "Follow-up call with a Metz agency."));

    Mission eindhoven =
        Mission.plan(
            // A fixed id, so the benchmark's mission row (benchmark/endpoints.txt) has an address.
            new MissionId(
                UUID.nameUUIDFromBytes(
                    "demo-mission-eindhoven".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
            plan(
                "Dutch Design Week Eindhoven",
                "Dutch Design Week à Eindhoven",
                "Dutch Design Week Eindhoven",
                MissionKind.TRADE_FAIR,
                "NL",
                "Eindhoven",
                today.plusMonths(2),
                6,
                Organiser.cluster("Creative Cluster"),
                8,
                "design",
                "architecture",
                "fashion-design"));
    eindhoven.open(today);
    applyAll(eindhoven, today, now, "atelier-mosaique", "formstuck-design", "maison-alzette");
    selectAll(eindhoven, now, "atelier-mosaique");

    Mission tokyo =
        Mission.plan(
            MissionId.newId(),
            plan(
                "B2B-Matchmaking Tokio",
                "Rencontres B2B à Tokyo",
                "B2B matchmaking in Tokyo",
                MissionKind.B2B_MATCHMAKING,
                "JP",
                "Tokyo",
                today.plusMonths(3),
                4,
                new Organiser(OrganiserKind.MINISTRY, "Ministry of the Economy", Optional.empty()),
                2,
                "film-audiovisual",
                "gaming",
                "architecture"));
    tokyo.open(today);
    applyAll(tokyo, today, now, "studio-kiem", "lux-animation-lab", "pixelbrucke-games");
    selectAll(tokyo, now, "studio-kiem", "lux-animation-lab");
    waitlist(tokyo, now, "pixelbrucke-games");

    Mission quebec =
        Mission.plan(
            MissionId.newId(),
            plan(
                "Staatsbesuch in Québec",
                "Visite d'État au Québec",
                "State visit to Québec",
                MissionKind.STATE_VISIT,
                "CA",
                "Montréal",
                today.plusMonths(6),
                5,
                new Organiser(
                    OrganiserKind.MINISTRY, "Ministry of Foreign Affairs", Optional.empty()),
                12));
    List<Mission> all = List.of(metz, eindhoven, tokyo, quebec);
    all.forEach(missions::add);
    return all.size();
  }

  private void applyAll(Mission mission, LocalDate day, Instant at, String... slugs) {
    int minute = 0;
    for (String slug : slugs) {
      Optional<Member> member = members.bySlug(new Slug(slug));
      if (member.isPresent()) {
        mission.apply(
            member.get().id(),
            "We would like to meet buyers and partners there and show our latest work.",
            Language.EN,
            true,
            day,
            at.plusSeconds(60L * minute++));
      }
    }
  }

  private void selectAll(Mission mission, Instant at, String... slugs) {
    for (String slug : slugs) {
      members.bySlug(new Slug(slug)).ifPresent(m -> mission.select(m.id(), at));
    }
  }

  private void waitlist(Mission mission, Instant at, String slug) {
    members.bySlug(new Slug(slug)).ifPresent(m -> mission.waitlist(m.id(), at));
  }

  private void outcome(Mission mission, String slug, ParticipantOutcome outcome) {
    members
        .bySlug(new Slug(slug))
        .filter(m -> mission.application(m.id()).isPresent())
        .ifPresent(m -> mission.recordOutcome(m.id(), outcome));
  }

  private static PartnerOrganisation partner(
      String name,
      PartnerKind kind,
      String country,
      String region,
      Set<String> sectors,
      String language) {
    return PartnerOrganisation.register(
        PartnerId.newId(),
        new PartnerDetails(
            name,
            kind,
            CountryCode.of(country),
            region,
            Optional.of(
                WebLink.parse(
                    "https://example.org/"
                        + name.toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("[^a-z]+", "-")
                            .replaceAll("(^-|-$)", ""))),
            sectors.stream().map(SectorCode::new).collect(Collectors.toSet()),
            PartnerContact.NONE,
            Set.of(LanguageTag.of(language), LanguageTag.of("en"))));
  }

  private static Cooperation cooperation(
      CooperationKind kind,
      LocalDate start,
      Optional<LocalDate> end,
      CooperationStatus status,
      String description,
      List<String> activities) {
    return new Cooperation(UUID.randomUUID(), kind, start, end, status, description, activities);
  }

  private static MissionPlan plan(
      String de,
      String fr,
      String en,
      MissionKind kind,
      String country,
      String city,
      LocalDate start,
      int days,
      Organiser organiser,
      int capacity,
      String... sectors) {
    return new MissionPlan(
        new MissionTexts(
            Map.of(
                Language.DE, new MissionText(de, "Eine Delegation des Clusters: " + de + "."),
                Language.FR, new MissionText(fr, "Une délégation du cluster : " + fr + "."),
                Language.EN, new MissionText(en, "A delegation of the cluster: " + en + "."))),
        kind,
        CountryCode.of(country),
        city,
        new MissionDates(start, start.plusDays(days - 1L), start.minusDays(30)),
        organiser,
        Stream.of(sectors).map(SectorCode::new).collect(Collectors.toSet()),
        capacity);
  }
}
