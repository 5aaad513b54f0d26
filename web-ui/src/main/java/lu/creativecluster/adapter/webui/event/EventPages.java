package lu.creativecluster.adapter.webui.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import lu.creativecluster.adapter.webui.member.JsonLd;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.adapter.webui.site.PublicUrl;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.event.EventList;
import lu.creativecluster.application.port.in.event.EventListQuery;
import lu.creativecluster.application.port.in.event.EventNotFoundException;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.application.port.in.event.ListEventsUseCase;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.domain.event.EventId;

/**
 * Backing bean of the public event pages: upcoming and past events ({@code /{lang}/events}) and one
 * event with its schema.org JSON-LD and calendar links ({@code /{lang}/events/{id}}).
 */
@Named("events")
@RequestScoped
public class EventPages {

  private final ListEventsUseCase events;
  private final SiteContext site;
  private final PublicUrl publicUrl;
  private EventSummary event;

  /** For CDI's client proxy only. */
  protected EventPages() {
    this(null, null, null);
  }

  @Inject
  public EventPages(ListEventsUseCase events, SiteContext site, PublicUrl publicUrl) {
    this.events = events;
    this.site = site;
    this.publicUrl = publicUrl;
  }

  // Kept for the request: the page names each list several times (ui:param, empty, ui:repeat),
  // and Facelets evaluates the expression at every use.
  private List<EventCard> upcoming;
  private List<EventCard> past;
  private PageInfo pastPage;

  /**
   * Past events a page shows, latest first; older ones are a link away ({@code ?past=N}). Three
   * years of monthly evenings on one page were long to scroll and most of the page's rendering.
   */
  static final int PAST_PAGE_SIZE = 12;

  private static final String PAST_PARAMETER = "past";

  public List<EventCard> getUpcoming() {
    if (upcoming == null) {
      upcoming = cards(EventListQuery.allUpcoming());
    }
    return upcoming;
  }

  /** One page of the events that took place, latest first ({@code ?past=N}, from 0). */
  public List<EventCard> getPast() {
    if (past == null) {
      int asked = pastPageAsked();
      EventList list = events.list(EventListQuery.pastPage(asked, PAST_PAGE_SIZE));
      if (list.items().isEmpty() && list.page().totalPages() > 0) {
        // Beyond the last page (an old link after events were removed): the last one.
        int last = (int) list.page().totalPages() - 1;
        list = events.list(EventListQuery.pastPage(last, PAST_PAGE_SIZE));
      }
      pastPage = list.page();
      past = list.items().stream().map(this::card).toList();
    }
    return past;
  }

  /** Where the shown page of past events sits; read after {@link #getPast()}. */
  public PageInfo getPastPage() {
    getPast();
    return pastPage;
  }

  public String getNewerPastHref() {
    return getPastPage().hasPrevious() ? pastHref(pastPage.number() - 1) : "";
  }

  public String getOlderPastHref() {
    return getPastPage().hasNext() ? pastHref(pastPage.number() + 1) : "";
  }

  private String pastHref(int number) {
    String href = site.pageHref(Page.EVENTS.key());
    return number == 0 ? href : href + "?" + PAST_PARAMETER + "=" + number;
  }

  private static int pastPageAsked() {
    return pastPage(
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(PAST_PARAMETER));
  }

  /** The page asked for; anything but a plain page number shows the first. */
  static int pastPage(String raw) {
    if (raw == null
        || raw.isEmpty()
        || raw.length() > 5
        || !raw.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Math.min(Integer.parseInt(raw), EventListQuery.MAX_PAGE);
  }

  private List<EventCard> cards(EventListQuery query) {
    return events.list(query).items().stream().map(this::card).toList();
  }

  private EventCard card(EventSummary summary) {
    return EventCard.of(
        summary, site.language(), site.memberHref(Page.EVENT.key(), summary.id().toString()));
  }

  /** Loads the event of the address before the page renders, or ends the request with 404. */
  public void prepareEvent() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!isEventLoaded()) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  /**
   * Whether there is an event to show. A postback asks this before preRenderView, while Faces
   * decodes the registration form inside it, so it loads the event itself.
   */
  public boolean isEventLoaded() {
    if (event == null) {
      try {
        event = events.show(EventId.parse(site.getMember()));
      } catch (IllegalArgumentException | NullPointerException | EventNotFoundException e) {
        // prepareEvent answers 404 for the page itself.
      }
    }
    return event != null;
  }

  /** After a registration the seats changed: the page shows them as they are now. */
  void reload() {
    event = null;
    upcoming = null;
    past = null;
    pastPage = null;
  }

  public EventCard getEvent() {
    return isEventLoaded() ? card(event) : null;
  }

  /** The event as JSON-LD, safe inside a script element whatever staff typed. */
  public String getJsonLd() {
    if (!isEventLoaded()) {
      return "";
    }
    String url = publicUrl.origin() + site.memberHref(Page.EVENT.key(), event.id().toString());
    return JsonLd.forScriptElement(
        EventJsonLd.of(event, site.language(), url, Texts.in(site.language()).text("site.name")));
  }

  public String getCalendarHref() {
    return isEventLoaded() ? api("/api/v1/events/" + event.id() + "/calendar.ics") : "";
  }

  public String getFeedHref() {
    return api("/api/v1/events/calendar.ics");
  }

  private String api(String path) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + path
        + "?lang="
        + site.getLang();
  }
}
