package lu.creativecluster.adapter.webui.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.account.ListAccountsUseCase;
import lu.creativecluster.application.port.in.audit.AuditLogQuery;
import lu.creativecluster.application.port.in.audit.ReadAuditLogUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Account;
import lu.creativecluster.domain.audit.AuditEvent;

/**
 * Backing bean: the audit log for admins, newest first, one page of {@value #PAGE_SIZE} entries at
 * a time; {@code ?before=<instant>} turns to older entries, so every page has its own URL.
 */
@Named("auditLog")
@RequestScoped
public class AuditLogView {

  static final int PAGE_SIZE = 100;
  static final String BEFORE_PARAMETER = "before";

  private final ReadAuditLogUseCase readAuditLog;
  private final ListAccountsUseCase listAccounts;
  private final Viewer viewer;
  private final SiteContext site;
  private final HttpServletRequest request;
  private List<AuditRow> rows;
  private Instant oldestShown;
  private boolean denied;

  /** For CDI's client proxy only. */
  protected AuditLogView() {
    this(null, null, null, null, null);
  }

  @Inject
  public AuditLogView(
      ReadAuditLogUseCase readAuditLog,
      ListAccountsUseCase listAccounts,
      Viewer viewer,
      SiteContext site,
      HttpServletRequest request) {
    this.readAuditLog = readAuditLog;
    this.listAccounts = listAccounts;
    this.viewer = viewer;
    this.site = site;
    this.request = request;
  }

  public List<AuditRow> getRows() {
    if (rows == null) {
      Actor actor = viewer.actor();
      List<AuditEvent> events;
      try {
        events = readAuditLog.read(new AuditLogQuery(actor, PAGE_SIZE, before(parameter())));
      } catch (AccessDeniedException e) {
        denied = true;
        events = List.of();
      }
      oldestShown = events.isEmpty() ? null : events.get(events.size() - 1).at();
      Map<String, Account> people = people(actor);
      Texts texts = Texts.in(site.language());
      rows = events.stream().map(event -> row(event, people, texts)).toList();
    }
    return rows;
  }

  /** Whether the use case refused (the page's guard should have kept the viewer out). */
  public boolean isDenied() {
    getRows();
    return denied;
  }

  /** Whether this is an older page (so a link back to the newest entries helps). */
  public boolean isOlderPage() {
    return before(parameter()).isPresent();
  }

  /** The link to the next older page; empty when this page is not full, so nothing is older. */
  public String getOlderHref() {
    if (getRows().size() < PAGE_SIZE || oldestShown == null) {
      return "";
    }
    return site.pageHref("auditLog")
        + "?"
        + BEFORE_PARAMETER
        + "="
        + URLEncoder.encode(oldestShown.toString(), StandardCharsets.UTF_8);
  }

  /** A malformed {@code before} counts as none: the newest page. */
  static Optional<Instant> before(String parameter) {
    if (parameter == null || parameter.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(parameter.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private String parameter() {
    return request.getParameter(BEFORE_PARAMETER);
  }

  /** Accounts by the name they appear under in the log ({@code person:<id>}). */
  private Map<String, Account> people(Actor actor) {
    try {
      return listAccounts.listAccounts(actor).stream()
          .collect(
              Collectors.toMap(
                  account -> Actor.person(account.id().toString(), "", Set.of()).getName(),
                  Function.identity(),
                  (a, b) -> a));
    } catch (AccessDeniedException e) {
      return Map.of();
    }
  }

  static AuditRow row(AuditEvent event, Map<String, Account> people, Texts texts) {
    Account person = people.get(event.actor());
    String actor =
        person != null
            ? person.displayName() + " <" + person.email() + ">"
            : Actor.visitor().getName().equals(event.actor())
                ? texts.text("audit.actor.visitor")
                : event.actor();
    String actionKey = "audit.action." + event.action();
    String action = texts.has(actionKey) ? texts.text(actionKey) : event.action();
    return new AuditRow(
        Timestamps.shown(event.at(), texts.language()),
        Timestamps.machine(event.at()),
        actor,
        event.actor(),
        action,
        event.action(),
        event.target(),
        event.sourceAddress());
  }
}
