package lu.creativecluster.application.service.impact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import lu.creativecluster.application.port.in.impact.ProvisionDemoImpactUseCase;
import lu.creativecluster.application.port.in.impact.VisitTally;
import lu.creativecluster.application.port.out.impact.SiteVisits;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.project.Projects;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.project.ClusterRole;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.project.PartnerOrganisation;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectKind;
import lu.creativecluster.domain.project.ProjectPeriod;
import lu.creativecluster.domain.project.ProjectStatus;
import lu.creativecluster.domain.project.ProjectVisibility;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * Use case service: the demo projects (about three a year over four years, growing) with demo
 * members as creatives, and a sample of weekly site visits over three years, growing too. Only when
 * no project exists yet, so a restart adds nothing. The visit keys are random-looking but fixed
 * (hashes are never reversible anyway).
 */
@ApplicationScoped
@Transactional
public class ProvisionDemoImpactService implements ProvisionDemoImpactUseCase {

  private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

  private final Projects projects;
  private final Members members;
  private final SiteVisits visits;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected ProvisionDemoImpactService() {
    this(null, null, null, null);
  }

  @Inject
  public ProvisionDemoImpactService(
      Projects projects, Members members, SiteVisits visits, Clock clock) {
    this.projects = projects;
    this.members = members;
    this.visits = visits;
    this.clock = clock;
  }

  private record Sample(
      int yearsAgo,
      int month,
      String en,
      String de,
      String fr,
      ProjectKind kind,
      String partner,
      String industry,
      String volume,
      ProjectStatus status,
      ProjectVisibility visibility) {}

  private static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              3,
              3,
              "Ceramic tiles for a hotel lobby",
              "Keramikfliesen für eine Hotellobby",
              "Carreaux céramiques pour le hall d’un hôtel",
              ProjectKind.COMMISSION,
              "Hôtel Belvédère (demo)",
              "Hospitality",
              "18500.00",
              ProjectStatus.COMPLETED,
              ProjectVisibility.PUBLIC),
          new Sample(
              3,
              9,
              "Sound identity for a bank",
              "Klangidentität für eine Bank",
              "Identité sonore pour une banque",
              ProjectKind.CROSS_SECTOR_INNOVATION,
              "Banque du Nord (demo)",
              "Finance",
              "42000.00",
              ProjectStatus.COMPLETED,
              ProjectVisibility.CONFIDENTIAL),
          new Sample(
              2,
              2,
              "Serious game on recycling",
              "Lernspiel zum Recycling",
              "Jeu sérieux sur le recyclage",
              ProjectKind.CROSS_SECTOR_INNOVATION,
              "Syndicat des déchets (demo)",
              "Public services",
              "65000.00",
              ProjectStatus.COMPLETED,
              ProjectVisibility.PUBLIC),
          new Sample(
              2,
              6,
              "Wayfinding for a hospital",
              "Leitsystem für ein Krankenhaus",
              "Signalétique pour un hôpital",
              ProjectKind.COMMISSION,
              "Centre hospitalier (demo)",
              "Health",
              "38250.50",
              ProjectStatus.COMPLETED,
              ProjectVisibility.PUBLIC),
          new Sample(
              2,
              10,
              "Textile waste study",
              "Studie zu Textilabfällen",
              "Étude sur les déchets textiles",
              ProjectKind.RESEARCH,
              "University lab (demo)",
              "Research",
              "22000.00",
              ProjectStatus.ABANDONED,
              ProjectVisibility.PUBLIC),
          new Sample(
              1,
              1,
              "Design week stand abroad",
              "Messestand auf einer Designwoche",
              "Stand à une semaine du design",
              ProjectKind.EXPORT,
              "Trade office (demo)",
              "Public services",
              "15000.00",
              ProjectStatus.COMPLETED,
              ProjectVisibility.PUBLIC),
          new Sample(
              1,
              4,
              "Immersive museum room",
              "Immersiver Museumsraum",
              "Salle immersive pour un musée",
              ProjectKind.CROSS_SECTOR_INNOVATION,
              "Musée régional (demo)",
              "Culture",
              "98000.00",
              ProjectStatus.COMPLETED,
              ProjectVisibility.PUBLIC),
          new Sample(
              1,
              8,
              "Packaging for a winery",
              "Verpackung für ein Weingut",
              "Emballage pour un domaine viticole",
              ProjectKind.COMMISSION,
              "Domaine de la Moselle (demo)",
              "Food and drink",
              "12750.00",
              ProjectStatus.RUNNING,
              ProjectVisibility.PUBLIC),
          new Sample(
              1,
              11,
              "Training app for mechanics",
              "Schulungs-App für Mechaniker",
              "Application de formation pour mécaniciens",
              ProjectKind.CROSS_SECTOR_INNOVATION,
              "Garage coopératif (demo)",
              "Automotive",
              "54000.00",
              ProjectStatus.RUNNING,
              ProjectVisibility.CONFIDENTIAL),
          new Sample(
              0,
              1,
              "Light installation for a steelworks site",
              "Lichtinstallation auf einem Hüttengelände",
              "Installation lumineuse sur un site sidérurgique",
              ProjectKind.CROSS_SECTOR_INNOVATION,
              "Site industriel (demo)",
              "Real estate",
              "120000.00",
              ProjectStatus.RUNNING,
              ProjectVisibility.PUBLIC),
          new Sample(
              0,
              3,
              "Podcast series for a foundation",
              "Podcastreihe für eine Stiftung",
              "Série de podcasts pour une fondation",
              ProjectKind.COMMISSION,
              "Fondation Avenir (demo)",
              "Non-profit",
              "9800.00",
              ProjectStatus.RUNNING,
              ProjectVisibility.PUBLIC),
          new Sample(
              0,
              5,
              "Furniture from local timber",
              "Möbel aus heimischem Holz",
              "Mobilier en bois local",
              ProjectKind.RESEARCH,
              "Forestry office (demo)",
              "Forestry",
              "31000.00",
              ProjectStatus.MATCHING,
              ProjectVisibility.PUBLIC));

  @Override
  public int provisionDemoImpact() {
    if (!projects.all().isEmpty()) {
      return 0;
    }
    List<MemberId> creatives =
        members.byStatus(MemberStatus.ACTIVE).stream()
            .sorted(Comparator.comparing(m -> m.slug().value()))
            .map(Member::id)
            .toList();
    if (creatives.isEmpty()) {
      return 0;
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), LUXEMBOURG);
    int created = 0;
    for (int i = 0; i < SAMPLES.size(); i++) {
      Sample s = SAMPLES.get(i);
      LocalDate start = LocalDate.of(today.getYear() - s.yearsAgo(), s.month(), 1);
      if (start.isAfter(today)) {
        start = today.withDayOfMonth(1);
      }
      Instant at = start.minusMonths(1).atStartOfDay(LUXEMBOURG).toInstant();
      Set<MemberId> team =
          Set.of(creatives.get(i % creatives.size()), creatives.get((i + 3) % creatives.size()));
      ProjectDetails details =
          new ProjectDetails(
              LocalizedText.of(s.de(), s.fr(), s.en()),
              LocalizedText.of(
                  "Ein Demo-Projekt: " + s.de() + ".",
                  "Un projet de démonstration : " + s.fr() + ".",
                  "A demo project: " + s.en() + "."),
              s.kind(),
              team,
              new PartnerOrganisation(s.partner(), s.industry(), TeamSizeBand.values()[i % 5]),
              s.status() == ProjectStatus.COMPLETED
                  ? ProjectPeriod.of(start, start.plusMonths(6))
                  : ProjectPeriod.openFrom(start),
              EuroAmount.parse(s.volume()),
              ClusterRole.values()[i % 3],
              s.visibility());
      Project project = Project.propose(ProjectId.newId(), details, at);
      for (ProjectStatus step : path(s.status())) {
        project.moveTo(step, at);
      }
      projects.add(project);
      created++;
    }
    visits.add(demoVisits(today));
    return created;
  }

  private static List<ProjectStatus> path(ProjectStatus target) {
    return switch (target) {
      case IDEA -> List.of();
      case MATCHING -> List.of(ProjectStatus.MATCHING);
      case RUNNING -> List.of(ProjectStatus.MATCHING, ProjectStatus.RUNNING);
      case COMPLETED ->
          List.of(ProjectStatus.MATCHING, ProjectStatus.RUNNING, ProjectStatus.COMPLETED);
      case ABANDONED -> List.of(ProjectStatus.MATCHING, ProjectStatus.ABANDONED);
    };
  }

  /** One day a week over three years, with more visitors and longer visits each year. */
  static List<VisitTally> demoVisits(LocalDate today) {
    List<VisitTally> tallies = new ArrayList<>();
    LocalDate day = today.minusYears(3);
    int week = 0;
    while (day.isBefore(today)) {
      int growth =
          1 + (int) (java.time.temporal.ChronoUnit.DAYS.between(today.minusYears(3), day) / 365);
      for (int v = 0; v < 2 + growth * 2; v++) {
        Instant first = day.atTime(9 + v % 8, (v * 7) % 60).atZone(LUXEMBOURG).toInstant();
        int views = 1 + (week + v) % (2 + growth * 2);
        tallies.add(
            new VisitTally(
                day,
                key(week, v),
                first,
                first.plusSeconds(views == 1 ? 0 : 40L * views * growth),
                views));
      }
      day = day.plusWeeks(1);
      week++;
    }
    return tallies;
  }

  private static String key(int week, int visitor) {
    long mixed = (week * 1_000_003L + visitor) * 0x9E3779B97F4A7C15L;
    return HexFormat.of().toHexDigits(mixed) + HexFormat.of().toHexDigits(Long.reverse(mixed));
  }
}
