package lu.creativecluster.adapter.webui.impact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.BarScale;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.impact.ImpactFigures;
import lu.creativecluster.application.port.in.impact.ImpactPeriod;
import lu.creativecluster.application.port.in.impact.ImpactReport;
import lu.creativecluster.application.port.in.impact.ShowImpactUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Backing bean of the impact dashboard ({@code /{lang}/impact}): the last five years by default, or
 * one year ({@code ?year=2025}); public figures for everyone, all of them for staff. Charts are SVG
 * drawn on the server; every chart has a table with the same figures.
 */
@Named("impact")
@RequestScoped
public class ImpactPage {

  static final int DEFAULT_YEARS = 5;
  private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

  private final ShowImpactUseCase impact;
  private final ListSectorsUseCase sectors;
  private final Viewer viewer;
  private final SiteContext site;
  private final HttpServletRequest request;
  private final Clock clock;
  private ImpactReport report;
  private boolean invalidYear;

  /** For CDI's client proxy only. */
  protected ImpactPage() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public ImpactPage(
      ShowImpactUseCase impact,
      ListSectorsUseCase sectors,
      Viewer viewer,
      SiteContext site,
      HttpServletRequest request,
      Clock clock) {
    this.impact = impact;
    this.sectors = sectors;
    this.viewer = viewer;
    this.site = site;
    this.request = request;
    this.clock = clock;
  }

  /** A row of the per-year table. */
  public record YearRow(
      String label,
      String activeMembers,
      String newMembers,
      String community,
      String inquiries,
      String answered,
      String medianHours,
      String projects,
      String goal,
      String publicVolume,
      String totalVolume,
      String missions,
      String participants,
      String partners,
      String events,
      String attendance,
      String visitors,
      String pageViews,
      String averageVisit) {}

  /** A row of a horizontal bar chart (members by sector, partners by country). */
  public record BarRow(String name, long value, int y, int width) {

    public int getTextY() {
      return y + 13;
    }

    public int getValueX() {
      return BAR_LEFT + width + 6;
    }
  }

  static final int BAR_LEFT = 250;
  static final int BAR_AREA = 260;
  static final int BAR_ROW = 24;

  private ImpactReport report() {
    if (report == null) {
      report = impact.report(viewer.actor(), period());
    }
    return report;
  }

  ImpactPeriod period() {
    LocalDate today = LocalDate.now(clock.withZone(LUXEMBOURG));
    String year = request.getParameter("year");
    if (year != null) {
      if (year.matches("\\d{4}")
          && Integer.parseInt(year) >= 2000
          && Integer.parseInt(year) <= today.getYear()) {
        return ImpactPeriod.ofYear(Integer.parseInt(year));
      }
      invalidYear = true;
    }
    return new ImpactPeriod(
        LocalDate.of(today.getYear() - DEFAULT_YEARS + 1, 1, 1),
        LocalDate.of(today.getYear(), 12, 31));
  }

  public boolean isInvalidYear() {
    report();
    return invalidYear;
  }

  public boolean isFull() {
    return report().full();
  }

  public ImpactFigures getTotal() {
    return report().total();
  }

  public String getPeriodLabel() {
    ImpactPeriod p = report().total().period();
    return p.from().getYear() == p.to().getYear()
        ? String.valueOf(p.from().getYear())
        : p.from().getYear() + "–" + p.to().getYear();
  }

  /** Links to each of the default period's years. */
  public record YearLink(String label, String href, boolean current) {}

  public List<YearLink> getYearLinks() {
    int thisYear = LocalDate.now(clock.withZone(LUXEMBOURG)).getYear();
    List<YearLink> links = new ArrayList<>();
    String base = site.pageHref("impact");
    boolean single = report().years().size() == 1;
    links.add(new YearLink(Texts.in(site.language()).text("impact.lastYears"), base, !single));
    for (int y = thisYear - DEFAULT_YEARS + 1; y <= thisYear; y++) {
      boolean current = single && report().total().period().from().getYear() == y;
      links.add(new YearLink(String.valueOf(y), base + "?year=" + y, current));
    }
    return links;
  }

  public List<YearRow> getRows() {
    if (rows == null) {
      rows = yearRows();
    }
    return rows;
  }

  private List<YearRow> yearRows() {
    List<YearRow> rows = new ArrayList<>();
    for (ImpactFigures f : report().years()) {
      rows.add(row(String.valueOf(f.period().from().getYear()), f));
    }
    if (report().years().size() > 1) {
      rows.add(row(Texts.in(site.language()).text("impact.total"), report().total()));
    }
    return rows;
  }

  private YearRow row(String label, ImpactFigures f) {
    return new YearRow(
        label,
        n(f.activeMembers()),
        n(f.newMembers()),
        n(f.community()),
        n(f.inquiriesReceived()),
        n(f.inquiriesAnswered()),
        f.medianTimeToAnswer().map(d -> decimal(d.toMinutes() / 60.0)).orElse("–"),
        n(f.projectsStarted()),
        n(f.projectGoal()),
        euros(f.publicVolume().value()),
        f.totalVolume().map(v -> euros(v.value())).orElse(""),
        n(f.missions()),
        n(f.missionParticipants()),
        n(f.partnerOrganisations()),
        n(f.eventsHeld()),
        n(f.attendance()),
        n(f.visitors()),
        n(f.pageViews()),
        minutesSeconds(f.averageVisit().toSeconds()));
  }

  public ColumnChart getProjectsChart() {
    return chart(
        "projects-chart",
        ImpactFigures::projectsStarted,
        f -> n(f.projectsStarted()),
        report().years().isEmpty() ? -1 : report().years().get(0).projectGoal());
  }

  public ColumnChart getMembersChart() {
    return chart("members-chart", ImpactFigures::activeMembers, f -> n(f.activeMembers()), -1);
  }

  public ColumnChart getPageViewsChart() {
    return chart("page-views-chart", ImpactFigures::pageViews, f -> n(f.pageViews()), -1);
  }

  public ColumnChart getAttendanceChart() {
    return chart("attendance-chart", ImpactFigures::attendance, f -> n(f.attendance()), -1);
  }

  private final Map<String, ColumnChart> charts = new java.util.HashMap<>();

  /** Facelets evaluates an included chart's parameter at every use: each chart is drawn once. */
  private ColumnChart chart(
      String id,
      ToLongFunction<ImpactFigures> value,
      Function<ImpactFigures, String> shown,
      long goal) {
    return charts.computeIfAbsent(id, k -> draw(k, value, shown, goal));
  }

  private ColumnChart draw(
      String id,
      ToLongFunction<ImpactFigures> value,
      Function<ImpactFigures, String> shown,
      long goal) {
    return ColumnChart.of(
        id,
        report().years().stream()
            .map(
                f ->
                    new ColumnChart.Point(
                        String.valueOf(f.period().from().getYear()),
                        value.applyAsLong(f),
                        shown.apply(f)))
            .toList(),
        goal);
  }

  private List<BarRow> sectorBars;
  private List<BarRow> countryBars;
  private List<YearRow> rows;
  private NumberFormat integers;

  public List<BarRow> getSectorBars() {
    if (sectorBars == null) {
      sectorBars = sectorBars();
    }
    return sectorBars;
  }

  public List<BarRow> getCountryBars() {
    if (countryBars == null) {
      countryBars = countryBars();
    }
    return countryBars;
  }

  private List<BarRow> sectorBars() {
    Map<SectorCode, String> names =
        sectors.listSectors().stream()
            .collect(Collectors.toMap(Sector::code, s -> s.nameIn(site.language())));
    return bars(
        report().total().membersBySector().entrySet().stream()
            .map(e -> Map.entry(names.getOrDefault(e.getKey(), e.getKey().value()), e.getValue()))
            .toList());
  }

  private List<BarRow> countryBars() {
    return bars(
        report().total().partnersByCountry().entrySet().stream()
            .map(e -> Map.entry(countryName(e.getKey().alpha2()), e.getValue()))
            .toList());
  }

  public int barChartHeight(List<BarRow> rows) {
    return Math.max(1, rows.size()) * BAR_ROW + 8;
  }

  public int getBarLeft() {
    return BAR_LEFT;
  }

  public int getBarChartWidth() {
    return BAR_LEFT + BAR_AREA + 50;
  }

  private List<BarRow> bars(List<Map.Entry<String, Long>> entries) {
    List<Map.Entry<String, Long>> sorted =
        entries.stream()
            .sorted(
                Map.Entry.<String, Long>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .toList();
    long max = sorted.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    List<BarRow> rows = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      var e = sorted.get(i);
      rows.add(
          new BarRow(
              e.getKey(),
              e.getValue(),
              4 + i * BAR_ROW,
              BarScale.length(e.getValue(), max, BAR_AREA)));
    }
    return rows;
  }

  public String getGoalProgressPercent() {
    return n(Math.round(report().total().goalProgress() * 100));
  }

  /** "3 / 2 (150 %)": projects started against the goal, in the page's language. */
  public String getGoalProgress() {
    ImpactFigures total = report().total();
    return Texts.in(site.language())
        .text(
            "impact.goalProgress",
            n(total.projectsStarted()),
            n(total.projectGoal()),
            getGoalProgressPercent());
  }

  public String getPublicVolume() {
    return euros(report().total().publicVolume().value());
  }

  public String getTotalVolume() {
    return report().total().totalVolume().map(v -> euros(v.value())).orElse("");
  }

  public String getAverageVisit() {
    return minutesSeconds(report().total().averageVisit().toSeconds());
  }

  public String getMedianHours() {
    return report()
        .total()
        .medianTimeToAnswer()
        .map(d -> decimal(d.toMinutes() / 60.0))
        .orElse("–");
  }

  /** Staff only: the projects of the period by name. */
  public record ProjectRow(
      String title, String partner, String statusKey, String volume, String visibilityKey) {}

  public List<ProjectRow> getProjects() {
    return report().total().projects().stream()
        .map(
            p ->
                new ProjectRow(
                    p.title(),
                    p.partner(),
                    "project.status." + p.status(),
                    euros(p.volume().value()),
                    p.isPublic() ? "project.visibility.public" : "project.visibility.confidential"))
        .toList();
  }

  /** One formatter per request: a page formats a few hundred numbers. */
  private String n(long value) {
    if (integers == null) {
      integers = NumberFormat.getIntegerInstance(site.getLocale());
    }
    return integers.format(value);
  }

  private String decimal(double value) {
    NumberFormat f = NumberFormat.getNumberInstance(site.getLocale());
    f.setMaximumFractionDigits(1);
    f.setMinimumFractionDigits(1);
    return f.format(value);
  }

  private String euros(java.math.BigDecimal value) {
    NumberFormat f = NumberFormat.getCurrencyInstance(site.getLocale());
    f.setCurrency(java.util.Currency.getInstance("EUR"));
    f.setMaximumFractionDigits(0);
    return f.format(value.setScale(0, java.math.RoundingMode.HALF_UP));
  }

  private String minutesSeconds(long seconds) {
    return Texts.in(site.language()).text("impact.minutesSeconds", seconds / 60, seconds % 60);
  }

  private String countryName(String code) {
    String name = new java.util.Locale("", code).getDisplayCountry(site.getLocale());
    return name.isBlank() ? code : name;
  }
}
