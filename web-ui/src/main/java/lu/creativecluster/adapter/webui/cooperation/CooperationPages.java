package lu.creativecluster.adapter.webui.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.cooperation.ExportOverview;
import lu.creativecluster.application.port.in.cooperation.ListPartnersUseCase;
import lu.creativecluster.application.port.in.cooperation.ShowExportOverviewUseCase;
import lu.creativecluster.application.port.in.mission.ListMissionsUseCase;
import lu.creativecluster.application.port.in.mission.MissionListQuery;
import lu.creativecluster.application.port.in.mission.MissionNotFoundException;
import lu.creativecluster.application.port.in.mission.MissionSummary;
import lu.creativecluster.application.port.in.mission.MissionView;
import lu.creativecluster.application.port.in.mission.Participant;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.mission.MissionCriteria;
import lu.creativecluster.domain.cooperation.PartnerOrganisation;
import lu.creativecluster.domain.member.WebLink;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.mission.MissionPlan;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Backing bean of the public cooperation pages: the partner network by country ({@code
 * /{lang}/partners}), the missions upcoming and past ({@code /{lang}/missions}), one mission with
 * its listed participants ({@code /{lang}/missions/{id}}) and the export overview with its chart
 * ({@code /{lang}/export}).
 */
@Named("cooperation")
@RequestScoped
public class CooperationPages {

  static final int LIST_SIZE = 50;

  private final ListPartnersUseCase partners;
  private final ListMissionsUseCase missions;
  private final ShowExportOverviewUseCase exportOverview;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final Clock clock;
  private Map<SectorCode, String> sectorNames;
  private MissionView mission;
  private ExportOverview overview;

  /** For CDI's client proxy only. */
  protected CooperationPages() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public CooperationPages(
      ListPartnersUseCase partners,
      ListMissionsUseCase missions,
      ShowExportOverviewUseCase exportOverview,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      Clock clock) {
    this.partners = partners;
    this.missions = missions;
    this.exportOverview = exportOverview;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.clock = clock;
  }

  // ---- Partners ----

  /** A country of the partner network, with its partners. */
  public record CountryGroup(String code, String name, List<PartnerCard> partners) {}

  /** A partner as the page shows it. */
  public record PartnerCard(
      String id,
      String name,
      String kindKey,
      String region,
      String website,
      String sectorsLine,
      List<String> cooperations) {}

  public List<CountryGroup> getPartnerGroups() {
    return partners.byCountry(Optional.empty()).stream()
        .map(
            group ->
                new CountryGroup(
                    group.country().alpha2(),
                    countryName(group.country().alpha2()),
                    group.partners().stream().map(this::card).toList()))
        .toList();
  }

  private PartnerCard card(PartnerOrganisation p) {
    var d = p.details();
    return new PartnerCard(
        p.id().toString(),
        d.name(),
        "partner.kind." + d.kind().code(),
        d.region(),
        d.website().map(WebLink::toString).orElse(""),
        d.sectors().isEmpty()
            ? ""
            : texts()
                .text(
                    "partners.sectorsLine",
                    d.sectors().stream().map(this::sectorName).collect(Collectors.joining(", "))),
        p.cooperations().stream()
            .map(
                c ->
                    texts()
                        .text(
                            "partners.cooperationLine",
                            texts().text("cooperation.kind." + c.kind().code())
                                + " ("
                                + c.start().getYear()
                                + "–"
                                + c.end().map(e -> String.valueOf(e.getYear())).orElse("")
                                + ", "
                                + texts().text("cooperation.status." + c.status().code())
                                + ")",
                            c.description()))
            .toList());
  }

  // ---- Missions ----

  /** A mission in a list. */
  public record MissionCard(
      String id,
      String href,
      String title,
      String kindKey,
      String statusKey,
      String place,
      String dates,
      String deadline,
      int placesLeft,
      boolean open,
      String applicationLine) {}

  /** Missions still to come (open or closed for applications), soonest first. */
  public List<MissionCard> getUpcoming() {
    return list(
        new MissionCriteria(
            EnumSet.of(MissionStatus.OPEN, MissionStatus.CLOSED),
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalDate.now(clock)),
            Optional.empty()),
        false);
  }

  /** Missions that took place, latest first. */
  public List<MissionCard> getPast() {
    return list(
        new MissionCriteria(
            EnumSet.of(MissionStatus.COMPLETED, MissionStatus.CLOSED),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(LocalDate.now(clock).minusDays(1))),
        true);
  }

  private List<MissionCard> list(MissionCriteria criteria, boolean latestFirst) {
    return missions
        .list(viewer.actor(), new MissionListQuery(criteria, latestFirst, 0, LIST_SIZE))
        .items()
        .stream()
        .map(this::missionCard)
        .toList();
  }

  MissionCard missionCard(MissionSummary m) {
    MissionPlan plan = m.plan();
    return new MissionCard(
        m.id().toString(),
        site.memberHref(Page.MISSION.key(), m.id().toString()),
        plan.texts().in(site.language()).title(),
        "mission.kind." + plan.kind().code(),
        "mission.status." + m.status().code(),
        plan.destinationCity() + ", " + countryName(plan.destinationCountry().alpha2()),
        period(plan.dates().start(), plan.dates().end()),
        day(plan.dates().applicationDeadline()),
        m.placesLeft(),
        m.status() == MissionStatus.OPEN,
        texts()
            .text(
                "missions.applicationLine",
                day(plan.dates().applicationDeadline()),
                m.placesLeft()));
  }

  /**
   * Loads the mission of the address before the page renders, or ends the request with 404. After a
   * postback it loads again, so the page shows what the action changed (an application made).
   */
  public void prepareMission() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (mission != null && !faces.isPostback()) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    try {
      mission = missions.show(viewer.actor(), MissionId.parse(site.getMember()));
    } catch (IllegalArgumentException | NullPointerException | MissionNotFoundException e) {
      external.responseSendError(404, null);
      faces.responseComplete();
    }
  }

  /**
   * Whether there is a mission to show. A postback asks this before the page's preRenderView, while
   * Faces decodes the apply form inside it: the mission is loaded here then, or the form would be
   * skipped as not rendered and its action never run.
   */
  public boolean isMissionLoaded() {
    if (mission == null) {
      try {
        mission = missions.show(viewer.actor(), MissionId.parse(site.getMember()));
      } catch (IllegalArgumentException | NullPointerException | MissionNotFoundException e) {
        // prepareMission answers 404 for the page itself.
      }
    }
    return mission != null;
  }

  public MissionCard getMission() {
    return mission == null ? null : missionCard(mission.mission());
  }

  public String getMissionDescription() {
    return mission == null
        ? ""
        : mission.mission().plan().texts().in(site.language()).description();
  }

  public String getMissionOrganiser() {
    return mission == null ? "" : mission.mission().plan().organiser().name();
  }

  public List<String> getMissionSectors() {
    return mission == null
        ? List.of()
        : mission.mission().plan().targetSectors().stream().map(this::sectorName).toList();
  }

  /** A listed participant with the address of its profile. */
  public record ParticipantLink(String name, String href) {}

  public List<ParticipantLink> getParticipants() {
    if (mission == null) {
      return List.of();
    }
    return mission.participants().stream().map(this::participant).toList();
  }

  private ParticipantLink participant(Participant p) {
    return new ParticipantLink(
        p.displayName(), site.memberHref(Page.MEMBER_PROFILE.key(), p.slug().toString()));
  }

  /** The signed-in person's application to this mission, as a status text key; empty if none. */
  public String getOwnStatusKey() {
    return mission == null
        ? ""
        : mission.ownApplication().map(a -> "application.status." + a.status().code()).orElse("");
  }

  /** Whether the apply form is offered: an open mission, a signed-in person, no application yet. */
  public boolean isMayApply() {
    return mission != null
        && mission.mission().status() == MissionStatus.OPEN
        && viewer.isSignedIn()
        && mission.ownApplication().isEmpty();
  }

  public String getCalendarHref() {
    return mission == null
        ? ""
        : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/api/v1/missions/"
            + mission.mission().id()
            + "/calendar.ics?lang="
            + site.getLang();
  }

  // ---- Export overview ----

  private ExportOverview overview() {
    if (overview == null) {
      overview = exportOverview.overview();
    }
    return overview;
  }

  public ExportOverview getOverview() {
    return overview();
  }

  /** The share of members that export, as a whole percentage for the page. */
  public long getExportingPercent() {
    return Math.round(overview().exportingShare() * 100);
  }

  /** "12 (20 %)": the exporting members and their share. */
  public String getExportingFigure() {
    return texts()
        .text("export.exportingFigure", overview().exportingMembers(), getExportingPercent());
  }

  public ExportChart getChart() {
    return ExportChart.of(overview().markets(), this::countryName);
  }

  // ---- Shared ----

  private Texts texts() {
    return Texts.in(site.language());
  }

  String countryName(String code) {
    String name = new Locale("", code).getDisplayCountry(site.getLocale());
    return name.isBlank() ? code : name;
  }

  private String sectorName(SectorCode code) {
    if (sectorNames == null) {
      sectorNames =
          sectors.listSectors().stream()
              .collect(Collectors.toMap(Sector::code, s -> s.nameIn(site.language())));
    }
    return sectorNames.getOrDefault(code, code.value());
  }

  private String day(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(site.getLocale())
        .format(day);
  }

  private String period(LocalDate start, LocalDate end) {
    return start.equals(end) ? day(start) : day(start) + " – " + day(end);
  }
}
