package lu.creativecluster.adapter.rest.impact;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lu.creativecluster.application.port.in.impact.ImpactFigures;
import lu.creativecluster.application.port.in.impact.ImpactReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REST DTO: the impact figures of a period, and of each year of it. */
@Schema(name = "Impact", description = "The cluster's figures over a period")
public record ImpactDto(
    @Schema(required = true, format = "date") LocalDate from,
    @Schema(required = true, format = "date") LocalDate to,
    @Schema(
            required = true,
            description =
                "Whether the non-public figures are included (staff, or a token with stats:read)")
        boolean full,
    @Schema(required = true, description = "When counted; figures are at most 60 s old")
        Instant countedAt,
    @Schema(required = true, description = "The whole period") FiguresDto total,
    @Schema(required = true, description = "Each calendar year of the period, oldest first")
        List<FiguresDto> years) {

  static ImpactDto from(ImpactReport r) {
    ImpactFigures t = r.total();
    return new ImpactDto(
        t.period().from(),
        t.period().to(),
        r.full(),
        r.countedAt(),
        FiguresDto.from(t),
        r.years().stream().map(FiguresDto::from).toList());
  }

  /** REST DTO: the figures of one period. */
  @Schema(name = "ImpactFigures")
  public record FiguresDto(
      @Schema(required = true, format = "date") LocalDate from,
      @Schema(required = true, format = "date") LocalDate to,
      @Schema(required = true) MembersDto members,
      @Schema(
              required = true,
              description =
                  "Active members plus the other people who registered for an event or asked"
                      + " an inquiry in the period (distinct e-mail addresses)")
          long community,
      @Schema(required = true) InquiriesDto inquiries,
      @Schema(required = true) ProjectsDto projects,
      @Schema(required = true) MissionsDto missions,
      @Schema(required = true) PartnersDto partners,
      @Schema(required = true) EventsDto events,
      @Schema(required = true) ReachDto reach) {

    static FiguresDto from(ImpactFigures f) {
      Map<String, Long> sectors = new LinkedHashMap<>();
      f.membersBySector().forEach((k, v) -> sectors.put(k.value(), v));
      Map<String, Long> countries = new LinkedHashMap<>();
      f.partnersByCountry().forEach((k, v) -> countries.put(k.alpha2(), v));
      return new FiguresDto(
          f.period().from(),
          f.period().to(),
          new MembersDto(f.activeMembers(), f.newMembers(), sectors),
          f.community(),
          new InquiriesDto(
              f.inquiriesReceived(),
              f.inquiriesAnswered(),
              f.medianTimeToAnswer().map(ImpactDto::hours).orElse(null)),
          new ProjectsDto(
              f.projectsStarted(),
              f.projectGoal(),
              BigDecimal.valueOf(f.goalProgress()).setScale(2, java.math.RoundingMode.HALF_UP),
              f.publicVolume().value(),
              f.totalVolume().map(v -> v.value()).orElse(null),
              f.totalVolume().isPresent()
                  ? f.projects().stream().map(ProjectLineDto::from).toList()
                  : null),
          new MissionsDto(f.missions(), f.missionParticipants()),
          new PartnersDto(f.partnerOrganisations(), countries),
          new EventsDto(f.eventsHeld(), f.attendance()),
          new ReachDto(f.visitors(), f.pageViews(), f.averageVisit().toSeconds()));
    }
  }

  /** REST DTO: member figures. */
  @Schema(name = "ImpactMembers")
  public record MembersDto(
      @Schema(required = true, description = "Active members who were members by the period's end")
          long active,
      @Schema(required = true, description = "Members who joined in the period") long joined,
      @Schema(
              required = true,
              description =
                  "Active members per sector code (a member counts in each of its sectors)")
          Map<String, Long> bySector) {}

  /** REST DTO: inquiry figures (rejected inquiries not counted). */
  @Schema(name = "ImpactInquiries")
  public record InquiriesDto(
      @Schema(required = true) long received,
      @Schema(required = true) long answered,
      @Schema(description = "Median hours from receipt to answer; absent when none was answered")
          BigDecimal medianHoursToAnswer) {}

  /** REST DTO: project figures. */
  @Schema(name = "ImpactProjects")
  public record ProjectsDto(
      @Schema(
              required = true,
              description = "Projects starting in the period, running or completed")
          long started,
      @Schema(required = true, description = "The goal: the yearly goal times the years touched")
          int goal,
      @Schema(required = true, description = "started / goal; 1.00 means the goal is met")
          BigDecimal goalProgress,
      @Schema(required = true, description = "EUR, the public projects' volume, exact")
          BigDecimal publicVolume,
      @Schema(description = "EUR, confidential projects included (staff, stats:read)")
          BigDecimal totalVolume,
      @Schema(description = "The projects by name (staff, stats:read)")
          List<ProjectLineDto> items) {}

  /** REST DTO: a project by name, for staff and stats:read. */
  @Schema(name = "ImpactProject")
  public record ProjectLineDto(
      @Schema(required = true, format = "uuid") String id,
      @Schema(required = true, description = "Its English title") String title,
      @Schema(required = true) String partner,
      @Schema(required = true) String status,
      @Schema(required = true) BigDecimal volume,
      @Schema(required = true) boolean isPublic) {

    static ProjectLineDto from(ImpactFigures.ProjectLine p) {
      return new ProjectLineDto(
          p.id(), p.title(), p.partner(), p.status(), p.volume().value(), p.isPublic());
    }
  }

  /** REST DTO: mission figures. */
  @Schema(name = "ImpactMissions")
  public record MissionsDto(
      @Schema(required = true, description = "Missions starting in the period (not cancelled)")
          long held,
      @Schema(required = true, description = "Their selected participants") long participants) {}

  /** REST DTO: partner organisations with a cooperation running in the period. */
  @Schema(name = "ImpactPartners")
  public record PartnersDto(
      @Schema(required = true) long total,
      @Schema(required = true, description = "By ISO 3166-1 alpha-2 country")
          Map<String, Long> byCountry) {}

  /** REST DTO: event figures. */
  @Schema(name = "ImpactEvents")
  public record EventsDto(
      @Schema(required = true, description = "Events that started in the period, up to now")
          long held,
      @Schema(required = true, description = "Registrations checked as attended")
          long attendance) {}

  /** REST DTO: the site's reach, counted without cookies. */
  @Schema(name = "ImpactReach")
  public record ReachDto(
      @Schema(required = true, description = "Visitors per day, summed over the days")
          long visitors,
      @Schema(required = true) long pageViews,
      @Schema(
              required = true,
              description = "Seconds from a visitor's first to last view of a day, on average")
          long averageVisitSeconds) {}

  static BigDecimal hours(java.time.Duration d) {
    return BigDecimal.valueOf(d.toSeconds())
        .divide(BigDecimal.valueOf(3600), 1, java.math.RoundingMode.HALF_UP);
  }
}
