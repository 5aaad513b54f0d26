package lu.creativecluster.adapter.webui.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.inquiry.InquiryFigures;
import lu.creativecluster.application.port.in.inquiry.InquiryFigures.Figure;
import lu.creativecluster.application.port.in.inquiry.InquiryFiguresUseCase;
import lu.creativecluster.application.port.in.inquiry.ManageRoutingUseCase;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;

/**
 * Backing bean: the service figures ({@code /{lang}/staff/inquiry-figures?from=2026-01&to=2026-11},
 * months in Luxembourg time, both included; by default the last twelve months): received, answered,
 * median and 90th-percentile time to answer, overall and by topic, recipient and month. Months that
 * do not read are ignored rather than refused, like the inbox's filters: the page always shows
 * figures.
 */
@Named("staffInquiryFigures")
@RequestScoped
public class StaffInquiryFigures {

  /** The longest period shown at once (the API's limit is three years too). */
  static final int MAX_MONTHS = 36;

  private final InquiryFiguresUseCase figures;
  private final ManageRoutingUseCase routing;
  private final Viewer viewer;
  private final SiteContext site;
  private final HttpServletRequest request;
  private final Clock clock;
  private InquiryFigures computed;
  private boolean denied;

  /** One row of the tables: what it counts (already a text) and its figures as texts. */
  public record Row(String label, long received, long answered, String median, String p90) {}

  /** For CDI's client proxy only. */
  protected StaffInquiryFigures() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public StaffInquiryFigures(
      InquiryFiguresUseCase figures,
      ManageRoutingUseCase routing,
      Viewer viewer,
      SiteContext site,
      HttpServletRequest request,
      Clock clock) {
    this.figures = figures;
    this.routing = routing;
    this.viewer = viewer;
    this.site = site;
    this.request = request;
    this.clock = clock;
  }

  /** The first month shown: the {@code from} parameter, else eleven months before the last. */
  public YearMonth getFrom() {
    YearMonth to = getTo();
    return month("from")
        .filter(
            from -> !from.isAfter(to) && !from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1)))
        .orElse(to.minusMonths(11));
  }

  /** The last month shown: the {@code to} parameter, else the current month. */
  public YearMonth getTo() {
    YearMonth now = YearMonth.now(clock.withZone(Inquiry.LUXEMBOURG));
    return month("to").filter(to -> !to.isAfter(now)).orElse(now);
  }

  private Optional<YearMonth> month(String name) {
    String raw = request.getParameter(name);
    if (raw == null || raw.length() != 7) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.parse(raw));
    } catch (DateTimeParseException notAMonth) {
      return Optional.empty();
    }
  }

  public boolean isDenied() {
    figures();
    return denied;
  }

  private InquiryFigures figures() {
    if (computed == null && !denied) {
      Instant from = getFrom().atDay(1).atStartOfDay(Inquiry.LUXEMBOURG).toInstant();
      Instant to = getTo().plusMonths(1).atDay(1).atStartOfDay(Inquiry.LUXEMBOURG).toInstant();
      try {
        computed = figures.figures(viewer.actor(), from, to);
      } catch (AccessDeniedException e) {
        denied = true;
      }
    }
    return computed;
  }

  public Row getTotal() {
    return denied() ? null : row(texts().text("staffInquiryFigures.total"), figures().total());
  }

  public List<Row> getByTopic() {
    if (denied()) {
      return List.of();
    }
    return figures().byTopic().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> row(texts().text("inquiry.topic." + e.getKey().code()), e.getValue()))
        .toList();
  }

  public List<Row> getByRecipient() {
    if (denied()) {
      return List.of();
    }
    Map<RecipientId, String> names =
        routing.recipients(viewer.actor()).stream()
            .collect(Collectors.toMap(Recipient::id, Recipient::name, (a, b) -> a));
    return figures().byRecipient().entrySet().stream()
        .map(e -> row(names.getOrDefault(e.getKey(), e.getKey().toString()), e.getValue()))
        .sorted(Comparator.comparing(Row::label, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public List<Row> getByMonth() {
    if (denied()) {
      return List.of();
    }
    DateTimeFormatter format = DateTimeFormatter.ofPattern("LLLL yyyy", site.language().locale());
    return figures().byMonth().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> row(format.format(e.getKey()), e.getValue()))
        .toList();
  }

  private Texts texts() {
    return Texts.in(site.language());
  }

  private boolean denied() {
    return figures() == null;
  }

  private Row row(String label, Figure figure) {
    Function<Optional<Duration>, String> shown =
        d -> d.map(this::days).orElse(texts().text("staffInquiryFigures.none"));
    return new Row(
        label,
        figure.received(),
        figure.answered(),
        shown.apply(figure.median()),
        shown.apply(figure.p90()));
  }

  /** A time to answer in days with one decimal (a working week is about five). */
  private String days(Duration duration) {
    NumberFormat number = NumberFormat.getNumberInstance(site.language().locale());
    number.setMinimumFractionDigits(1);
    number.setMaximumFractionDigits(1);
    return texts()
        .text("staffInquiryFigures.days", number.format(duration.toMinutes() / (24.0 * 60.0)));
  }
}
