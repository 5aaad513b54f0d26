package lu.creativecluster.adapter.webui.event;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.event.AnnounceEventCommand;
import lu.creativecluster.application.port.in.event.CheckAttendanceUseCase;
import lu.creativecluster.application.port.in.event.EventNotFoundException;
import lu.creativecluster.application.port.in.event.ManageEventsUseCase;
import lu.creativecluster.application.port.in.event.ReviseEventCommand;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.event.CapacityBelowConfirmedException;
import lu.creativecluster.domain.event.Event;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.event.EventPlace;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.event.Registration;
import lu.creativecluster.domain.event.RegistrationId;
import lu.creativecluster.domain.event.RegistrationRefusedException;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * Backing bean of staff's event pages: the list of every event ({@code /{lang}/staff/events}) and
 * one event to announce ({@code /{lang}/staff/events/new}) or revise, with its registrations and
 * attendance ticks ({@code /{lang}/staff/events/{id}}). A revision carries the version the form was
 * filled from, so a concurrent edit is refused with a message instead of overwritten.
 */
@Named("staffEvent")
@RequestScoped
public class StaffEventPage {

  static final String NEW = "new";

  private final ManageEventsUseCase manage;
  private final CheckAttendanceUseCase attendance;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final Map<String, String> errors = new LinkedHashMap<>();
  private final Map<Language, String> titles = new LinkedHashMap<>();
  private final Map<Language, String> descriptions = new LinkedHashMap<>();
  private Event event;
  private boolean loaded;
  private String kind = EventKind.NETWORKING.code();
  private String start = "";
  private String end = "";
  private String venue = "";
  private String onlineLink = "";
  private String capacity = "";
  private String audience = EventAudience.OPEN_TO_ALL.code();
  private String deadline = "";
  private long version;

  /** For CDI's client proxy only. */
  protected StaffEventPage() {
    this(null, null, null, null, null);
  }

  @Inject
  public StaffEventPage(
      ManageEventsUseCase manage,
      CheckAttendanceUseCase attendance,
      Viewer viewer,
      SiteContext site,
      Feedback feedback) {
    this.manage = manage;
    this.attendance = attendance;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    for (Language language : Language.values()) {
      titles.put(language, "");
      descriptions.put(language, "");
    }
  }

  // ---- The list ----

  /** One row of staff's list. */
  public record Row(
      String href, String title, String when, int confirmed, int waiting, int capacity) {}

  public List<Row> getRows() {
    return manage.all(viewer.actor()).stream()
        .map(
            e ->
                new Row(
                    site.memberHref(Page.STAFF_EVENT.key(), e.id().toString()),
                    e.details().title().in(site.language()),
                    EventCard.when(e.details(), site.getLocale()),
                    e.confirmedCount(),
                    e.waitingList().size(),
                    e.details().capacity()))
        .toList();
  }

  public String getNewHref() {
    return site.memberHref(Page.STAFF_EVENT.key(), NEW);
  }

  // ---- One event ----

  /** Loads the event (or the empty form for "new") before the page renders; 404 otherwise. */
  public void prepare() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!isLoaded()) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    if (!faces.isPostback() && event != null) {
      fill(event);
    }
  }

  public boolean isLoaded() {
    if (!loaded) {
      if (isCreating()) {
        loaded = true;
      } else {
        try {
          event = manage.show(viewer.actor(), EventId.parse(site.getMember()));
          loaded = true;
        } catch (IllegalArgumentException | NullPointerException | EventNotFoundException e) {
          // prepare answers 404.
        }
      }
    }
    return loaded;
  }

  public boolean isCreating() {
    return NEW.equals(site.getMember());
  }

  private void fill(Event e) {
    EventDetails d = e.details();
    for (Language language : Language.values()) {
      titles.put(language, d.title().in(language));
      descriptions.put(language, d.description().in(language));
    }
    kind = d.kind().code();
    start = d.schedule().start().toString();
    end = d.schedule().end().toString();
    venue = d.place().venue().orElse("");
    onlineLink = d.place().onlineLink().map(URI::toString).orElse("");
    capacity = Integer.toString(d.capacity());
    audience = d.audience().code();
    deadline = d.registrationDeadline().toString();
    version = e.version();
  }

  public void save() throws IOException {
    errors.clear();
    Optional<EventDetails> details = details();
    if (details.isEmpty()) {
      feedback.error("staffEvent.error.summary");
      return;
    }
    try {
      Event saved;
      if (isCreating()) {
        saved = manage.announce(new AnnounceEventCommand(viewer.actor(), details.get()));
      } else {
        saved =
            manage.revise(
                new ReviseEventCommand(viewer.actor(), event.id(), version, details.get()));
      }
      // After saving, the event's own page afresh (post-redirect-get), with its new version.
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath()
              + site.memberHref(Page.STAFF_EVENT.key(), saved.id().toString()));
      return;
    } catch (ConcurrentUpdateException stale) {
      feedback.error("staffEvent.error.stale");
    } catch (CapacityBelowConfirmedException below) {
      errors.put("capacity", "staffEvent.error.capacityBelow");
      feedback.error("staffEvent.error.summary");
    } catch (AccessDeniedException | EventNotFoundException e) {
      feedback.error("staffEvent.error.summary");
    }
  }

  /** Reads every field, so one message names all that are wrong; nothing is saved before. */
  private Optional<EventDetails> details() {
    Optional<LocalizedText> title = texts(titles, "title", EventDetails.MAX_TITLE, true);
    Optional<LocalizedText> description =
        texts(descriptions, "description", EventDetails.MAX_DESCRIPTION, false);
    Optional<EventKind> kindValue = EventKind.fromCode(kind == null ? "" : kind);
    if (kindValue.isEmpty()) {
      errors.put("kind", "staffEvent.error.kind");
    }
    Optional<LocalDateTime> startTime = time(start, "start");
    Optional<LocalDateTime> endTime = time(end, "end");
    Optional<LocalDateTime> deadlineTime = time(deadline, "deadline");
    if (startTime.isPresent() && endTime.isPresent() && !endTime.get().isAfter(startTime.get())) {
      errors.put("end", "staffEvent.error.endBeforeStart");
    }
    if (deadlineTime.isPresent()
        && endTime.isPresent()
        && deadlineTime.get().isAfter(endTime.get())) {
      errors.put("deadline", "staffEvent.error.deadlineAfterEnd");
    }
    Optional<EventPlace> place = place();
    int seats = 0;
    try {
      seats = Integer.parseInt(capacity == null ? "" : capacity.strip());
    } catch (NumberFormatException e) {
      seats = 0;
    }
    if (seats < 1 || seats > EventDetails.MAX_CAPACITY) {
      errors.put("capacity", "staffEvent.error.capacity");
    }
    Optional<EventAudience> audienceValue =
        EventAudience.fromCode(audience == null ? "" : audience);
    if (audienceValue.isEmpty()) {
      errors.put("audience", "staffEvent.error.audience");
    }
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new EventDetails(
              title.orElseThrow(),
              description.orElseThrow(),
              kindValue.orElseThrow(),
              new EventSchedule(startTime.orElseThrow(), endTime.orElseThrow()),
              place.orElseThrow(),
              seats,
              audienceValue.orElseThrow(),
              deadlineTime.orElseThrow()));
    } catch (IllegalArgumentException invalid) {
      errors.put("title", "staffEvent.error.title");
      return Optional.empty();
    }
  }

  private Optional<LocalizedText> texts(
      Map<Language, String> values, String field, int max, boolean oneLine) {
    for (Language language : Language.values()) {
      String text = values.getOrDefault(language, "");
      if (text == null
          || text.isBlank()
          || text.length() > max
          || (oneLine && text.chars().anyMatch(Character::isISOControl))) {
        errors.put(field, "staffEvent.error." + field);
        return Optional.empty();
      }
    }
    return Optional.of(new LocalizedText(values));
  }

  private Optional<LocalDateTime> time(String value, String field) {
    try {
      LocalDateTime time =
          LocalDateTime.parse(value == null ? "" : value.strip()).truncatedTo(ChronoUnit.MINUTES);
      if (time.getYear() >= 2000 && time.getYear() <= 2100) {
        return Optional.of(time);
      }
    } catch (DateTimeParseException e) {
      // Named below.
    }
    errors.put(field, "staffEvent.error.time");
    return Optional.empty();
  }

  private Optional<EventPlace> place() {
    String v = venue == null ? "" : venue.strip();
    String l = onlineLink == null ? "" : onlineLink.strip();
    try {
      Optional<URI> link = l.isEmpty() ? Optional.empty() : Optional.of(new URI(l));
      return Optional.of(new EventPlace(v.isEmpty() ? Optional.empty() : Optional.of(v), link));
    } catch (Exception invalid) {
      errors.put(l.isEmpty() ? "venue" : "onlineLink", "staffEvent.error.place");
      return Optional.empty();
    }
  }

  // ---- Registrations and attendance ----

  /** A registration in staff's table. */
  public record RegistrantRow(
      String id, String name, String email, String statusKey, boolean mayTick) {}

  public List<RegistrantRow> getRegistrants() {
    if (event == null) {
      return List.of();
    }
    return event.registrations().stream().map(this::row).toList();
  }

  private RegistrantRow row(Registration r) {
    return new RegistrantRow(
        r.id().toString(),
        r.registrant().name(),
        r.registrant().email().value(),
        "event.registration.status." + r.status().code(),
        r.status() == lu.creativecluster.domain.event.RegistrationStatus.CONFIRMED);
  }

  public void tick(String registrationId) {
    if (event == null) {
      return;
    }
    try {
      attendance.checkAttendance(viewer.actor(), event.id(), RegistrationId.parse(registrationId));
      feedback.notice("staffEvent.attended");
      event = manage.show(viewer.actor(), event.id());
      version = event.version();
    } catch (RegistrationRefusedException refused) {
      feedback.error(refused.reason().messageKey());
    } catch (IllegalArgumentException | EventNotFoundException e) {
      feedback.error("event.registration.unknown");
    }
  }

  public String getPublicHref() {
    return event == null ? "" : site.memberHref(Page.EVENT.key(), event.id().toString());
  }

  // ---- Form fields ----

  public Map<Language, String> getTitles() {
    return titles;
  }

  public Map<Language, String> getDescriptions() {
    return descriptions;
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public List<String> getKinds() {
    return java.util.Arrays.stream(EventKind.values()).map(EventKind::code).toList();
  }

  public List<String> getAudiences() {
    return java.util.Arrays.stream(EventAudience.values()).map(EventAudience::code).toList();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String start) {
    this.start = start;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String end) {
    this.end = end;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getOnlineLink() {
    return onlineLink;
  }

  public void setOnlineLink(String onlineLink) {
    this.onlineLink = onlineLink;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getDeadline() {
    return deadline;
  }

  public void setDeadline(String deadline) {
    this.deadline = deadline;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String error(String field) {
    String key = errors.get(field);
    return key == null ? "" : Texts.in(site.language()).text(key);
  }

  public String invalid(String field) {
    return Boolean.toString(errors.containsKey(field));
  }
}
