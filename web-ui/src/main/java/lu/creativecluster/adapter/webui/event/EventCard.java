package lu.creativecluster.adapter.webui.event;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.shared.Language;

/**
 * View model: an event as the pages show it, texts in the page's language, times as people read
 * them in Luxembourg.
 *
 * @param seatsKey the bundle key of the seats line: free seats, or full with a waiting list
 */
public record EventCard(
    String id,
    String href,
    String title,
    String description,
    String kindKey,
    String when,
    String place,
    String onlineLink,
    int capacity,
    int freeSeats,
    int waiting,
    boolean membersOnly,
    boolean open,
    String deadline,
    String seatsKey) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  static EventCard of(EventSummary event, Language language, String href) {
    EventDetails d = event.details();
    return new EventCard(
        event.id().toString(),
        href,
        d.title().in(language),
        d.description().in(language),
        "event.kind." + d.kind().code(),
        when(d, language.locale()),
        d.place().venue().orElse(""),
        d.place().onlineLink().map(Object::toString).orElse(""),
        d.capacity(),
        event.freeSeats(),
        event.waiting(),
        d.audience() == EventAudience.MEMBERS_ONLY,
        event.openForRegistration(),
        moment(d.registrationDeadline(), language.locale()),
        event.freeSeats() > 0 ? "event.seatsFree" : "event.seatsFull");
  }

  /** "18 Jun 2026, 18:30–21:00", or both moments when it runs over several days. */
  static String when(EventDetails details, Locale locale) {
    LocalDateTime start = details.schedule().start();
    LocalDateTime end = details.schedule().end();
    if (start.toLocalDate().equals(end.toLocalDate())) {
      return moment(start, locale) + "–" + TIME.format(end);
    }
    return moment(start, locale) + " – " + moment(end, locale);
  }

  static String moment(LocalDateTime time, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(time)
        + ", "
        + TIME.format(time);
  }
}
