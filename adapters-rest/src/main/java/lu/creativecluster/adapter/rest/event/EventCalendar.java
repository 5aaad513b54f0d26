package lu.creativecluster.adapter.rest.event;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.rest.calendar.CalendarWriter;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.shared.Language;

/** Writes events as RFC 5545 calendars: one file per event, and the feed of upcoming ones. */
final class EventCalendar {

  private static final String PRODUCT = "Events";

  private EventCalendar() {}

  static String feed(
      List<EventSummary> events, String name, Language language, String site, Instant stamp) {
    CalendarWriter calendar = CalendarWriter.calendar(PRODUCT, name, true);
    events.forEach(event -> calendar.add(entry(event, language, site, stamp)));
    return calendar.end();
  }

  static String single(EventSummary event, Language language, String site, Instant stamp) {
    return CalendarWriter.calendar(PRODUCT, null, true)
        .add(entry(event, language, site, stamp))
        .end();
  }

  /**
   * @param site the public address of the site, for the event page's URL
   */
  static CalendarWriter.Entry entry(
      EventSummary event, Language language, String site, Instant stamp) {
    EventDetails details = event.details();
    String location =
        details
            .place()
            .venue()
            .orElseGet(() -> details.place().onlineLink().map(URI::toString).orElse(""));
    String description = details.description().in(language);
    if (details.place().venue().isPresent() && details.place().onlineLink().isPresent()) {
      description = description + "\n\n" + details.place().onlineLink().get();
    }
    return new CalendarWriter.Entry(
        // The event's id never changes, so calendars update the entry a revision changes.
        "event-" + event.id() + "@creative-cluster",
        stamp,
        new CalendarWriter.Timed(details.schedule().start(), details.schedule().end()),
        event.version(),
        details.title().in(language),
        description,
        location,
        Optional.of(URI.create(site + "/" + language.code() + "/events/" + event.id())),
        false,
        false);
  }
}
