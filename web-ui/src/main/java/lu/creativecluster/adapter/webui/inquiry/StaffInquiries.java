package lu.creativecluster.adapter.webui.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesCommand;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesUseCase;
import lu.creativecluster.application.port.in.inquiry.CloseResult;
import lu.creativecluster.application.port.in.inquiry.InboxPage;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.in.inquiry.ManageRoutingUseCase;
import lu.creativecluster.application.port.in.inquiry.StaffInboxUseCase;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;

/**
 * Backing bean: the staff inbox ({@code /{lang}/staff/inquiries}): filters by status, topic,
 * recipient and overdue and a free-text search (a plain GET form, so a filtered inbox is a link),
 * overdue inquiries flagged, and a bulk close of the ticked ones (a Faces form: CSRF-protected).
 * Parameters that do not read are ignored rather than refused: the page always shows an inbox.
 */
@Named("staffInquiries")
@RequestScoped
public class StaffInquiries {

  private final StaffInboxUseCase inbox;
  private final CloseInquiriesUseCase close;
  private final ManageRoutingUseCase routing;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private InboxPage page;
  private List<Recipient> recipients;
  private String closeNote = "";

  /** One inquiry as the inbox lists it. */
  public record Row(
      String id,
      String status,
      String topic,
      String kind,
      String received,
      String due,
      boolean overdue,
      String asker,
      String excerpt,
      String href) {}

  /** For CDI's client proxy only. */
  protected StaffInquiries() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public StaffInquiries(
      StaffInboxUseCase inbox,
      CloseInquiriesUseCase close,
      ManageRoutingUseCase routing,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.inbox = inbox;
    this.close = close;
    this.routing = routing;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  /** Closes the ticked inquiries; those that may not be closed are counted, not refused. */
  public void closeSelected() {
    String[] ticked = request.getParameterValues("selected");
    Set<InquiryId> ids = new LinkedHashSet<>();
    for (String raw : ticked == null ? new String[0] : ticked) {
      try {
        ids.add(InquiryId.parse(raw));
      } catch (IllegalArgumentException notAnId) {
        // a forged value names no inquiry
      }
    }
    if (ids.isEmpty() || ids.size() > CloseInquiriesCommand.MAX_BULK) {
      feedback.error("staffInquiries.error.select");
      return;
    }
    try {
      CloseResult result =
          close.close(
              new CloseInquiriesCommand(viewer.actor(), ids, closeNote, request.getRemoteAddr()));
      feedback.notice("staffInquiries.closed", result.closed().size(), result.skipped().size());
      page = null;
    } catch (AccessDeniedException denied) {
      feedback.error("staffInquiries.error.denied");
    }
  }

  InboxQuery query() {
    Set<InquiryStatus> statuses =
        values("status").stream()
            .map(InquiryStatus::fromCode)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    Set<InquiryTopic> topics =
        values("topic").stream()
            .map(InquiryTopic::fromCode)
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    Optional<RecipientId> recipient = Optional.empty();
    try {
      String raw = request.getParameter("recipient");
      if (raw != null && !raw.isBlank()) {
        recipient = Optional.of(RecipientId.parse(raw));
      }
    } catch (IllegalArgumentException notAnId) {
      recipient = Optional.empty();
    }
    boolean overdue = "true".equals(request.getParameter("overdue"));
    String q = getQ();
    int number = 0;
    try {
      number = Math.max(0, Math.min(10_000, Integer.parseInt(request.getParameter("page"))));
    } catch (NumberFormatException | NullPointerException none) {
      number = 0;
    }
    return new InboxQuery(statuses, topics, recipient, overdue, q, number, InboxQuery.DEFAULT_SIZE);
  }

  private List<String> values(String name) {
    String[] values = request.getParameterValues(name);
    return values == null ? List.of() : Arrays.asList(values);
  }

  private InboxPage page() {
    if (page == null) {
      page = inbox.inbox(viewer.actor(), query());
    }
    return page;
  }

  public List<Row> getRows() {
    return page().items().stream().map(this::row).toList();
  }

  private Row row(Inquiry i) {
    String message = i.message();
    return new Row(
        i.id().toString(),
        i.status().code(),
        i.topic().code(),
        i.kind().code(),
        InquiryLabels.date(i.receivedAt(), site.language()),
        InquiryLabels.date(i.dueDate(), site.language()),
        inbox.isOverdue(i),
        i.asker().map(a -> a.name()).orElse(""),
        message.length() > 160 ? message.substring(0, 160) + "…" : message,
        site.pageHref("staffInquiry") + "?id=" + i.id());
  }

  public long getTotal() {
    return page().total();
  }

  public int getPageNumber() {
    return page().page();
  }

  public boolean isHasNext() {
    return (long) (page().page() + 1) * page().size() < page().total();
  }

  public boolean isHasPrevious() {
    return page().page() > 0;
  }

  /** The same filters, another page. */
  public String pageHref(int number) {
    StringBuilder href = new StringBuilder(site.pageHref("staffInquiries")).append("?page=");
    href.append(number);
    for (String name : List.of("status", "topic", "recipient", "overdue", "q")) {
      for (String value : values(name)) {
        href.append('&')
            .append(name)
            .append('=')
            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return href.toString();
  }

  public List<String> getStatuses() {
    return Arrays.stream(InquiryStatus.values()).map(InquiryStatus::code).toList();
  }

  public List<String> getTopics() {
    return Arrays.stream(InquiryTopic.values()).map(InquiryTopic::code).toList();
  }

  public List<Recipient> getRecipients() {
    if (recipients == null) {
      recipients = routing.recipients(viewer.actor());
    }
    return recipients;
  }

  /** Whether a filter value is chosen, keyed {@code name:value} ({@code status:received}). */
  public Map<String, Boolean> getChecked() {
    return new java.util.AbstractMap<>() {
      @Override
      public Boolean get(Object key) {
        String[] parts = String.valueOf(key).split(":", 2);
        return parts.length == 2 && StaffInquiries.this.values(parts[0]).contains(parts[1]);
      }

      @Override
      public Set<Map.Entry<String, Boolean>> entrySet() {
        return Set.of();
      }
    };
  }

  public String getQ() {
    String q = request.getParameter("q");
    if (q == null) {
      return "";
    }
    String stripped = q.strip();
    return stripped.length() > InboxQuery.MAX_Q_LENGTH
            || stripped.chars().anyMatch(Character::isISOControl)
        ? ""
        : stripped;
  }

  public boolean isOverdueOnly() {
    return "true".equals(request.getParameter("overdue"));
  }

  public String getRecipient() {
    String raw = request.getParameter("recipient");
    return raw == null ? "" : raw;
  }

  public String getCloseNote() {
    return closeNote;
  }

  public void setCloseNote(String closeNote) {
    this.closeNote = closeNote;
  }
}
