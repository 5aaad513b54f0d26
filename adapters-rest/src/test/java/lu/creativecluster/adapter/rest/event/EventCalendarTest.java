package lu.creativecluster.adapter.rest.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import lu.creativecluster.adapter.rest.cooperation.ICalendar;
import lu.creativecluster.application.port.in.event.EventSummary;
import lu.creativecluster.application.port.in.mission.MissionCalendarEntry;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventId;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.event.EventPlace;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

/** The event calendars, read back by ical4j as a calendar app reads them. */
class EventCalendarTest {

  private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
  private static final String SITE = "https://cluster.example.lu";

  private static EventSummary event(String title, LocalDateTime start, long version) {
    EventDetails details =
        new EventDetails(
            LocalizedText.of(title + " (de)", title + " (fr)", title),
            LocalizedText.of(
                "Zeile eins\nZeile zwei; mit, Zeichen \\ Ende",
                "Ligne un",
                "Line one\nLine two; with, punctuation \\ done – "
                    + "a long description that certainly needs folding ".repeat(3)),
            EventKind.NETWORKING,
            new EventSchedule(start, start.plusMinutes(150)),
            EventPlace.venue("Rotondes, Place des Rotondes, Luxembourg"),
            40,
            EventAudience.OPEN_TO_ALL,
            start.withHour(12));
    return new EventSummary(EventId.newId(), details, 12, 0, true, version);
  }

  private static Calendar parse(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    ValidationResult result = calendar.validate();
    assertTrue(
        result.getEntries().stream().noneMatch(e -> e.getSeverity().name().equals("ERROR")),
        () -> result.toString() + "\n" + ics);
    return calendar;
  }

  @Test
  void theFeed_parses_withTheLuxembourgTimezone_stableUids_andTextsRoundTrip() throws Exception {
    EventSummary winter = event("Winter evening", LocalDateTime.of(2027, 1, 14, 18, 30), 0);
    EventSummary summer = event("Summer afterwork", LocalDateTime.of(2027, 6, 17, 18, 30), 3);
    String ics =
        EventCalendar.feed(List.of(winter, summer), "Creative Cluster", Language.EN, SITE, NOW);

    Calendar calendar = parse(ics);
    assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertEquals(2, events.size());

    VEvent first = events.get(0);
    assertEquals(
        "event-" + winter.id() + "@creative-cluster",
        first.getProperty(Property.UID).orElseThrow().getValue());
    assertEquals("Winter evening", first.getProperty(Property.SUMMARY).orElseThrow().getValue());
    assertEquals(
        "Rotondes, Place des Rotondes, Luxembourg",
        first.getProperty(Property.LOCATION).orElseThrow().getValue());
    assertTrue(
        first
            .getProperty(Property.DESCRIPTION)
            .orElseThrow()
            .getValue()
            .startsWith("Line one\nLine two; with, punctuation \\ done"));
    assertEquals(
        SITE + "/en/events/" + winter.id(),
        first.getProperty(Property.URL).orElseThrow().getValue());

    // 18:30 in Luxembourg is 17:30 UTC in winter (CET) and 16:30 UTC in summer (CEST).
    assertEquals(Instant.parse("2027-01-14T17:30:00Z"), startOf(first));
    assertEquals(Instant.parse("2027-06-17T16:30:00Z"), startOf(events.get(1)));
    assertEquals("3", events.get(1).getProperty(Property.SEQUENCE).orElseThrow().getValue());
    assertEquals("20261130T090000Z", first.getProperty(Property.DTSTAMP).orElseThrow().getValue());
  }

  @Test
  void linesAreFoldedAt75Octets_andEndWithCrlf() {
    String ics =
        EventCalendar.single(
            event(
                "Soirée réseau à Esch-sur-Alzette ".repeat(4),
                LocalDateTime.of(2027, 3, 4, 19, 0),
                1),
            Language.EN,
            SITE,
            NOW);
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "no bare line feed");
    assertTrue(ics.contains("\r\nDTSTART;TZID=Europe/Luxembourg:20270304T190000\r\n"), ics);
  }

  @Test
  void theMissionCalendar_writtenByTheSameWriter_stillParses() throws Exception {
    String ics =
        ICalendar.write(
            new MissionCalendarEntry(
                "mission-1@creative-cluster",
                "Trade fair, Paris",
                "Stand; shared",
                "Paris, FR",
                java.time.LocalDate.of(2027, 3, 10),
                java.time.LocalDate.of(2027, 3, 13),
                false,
                2,
                NOW));
    VEvent mission = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
    assertEquals(
        "Trade fair, Paris", mission.getProperty(Property.SUMMARY).orElseThrow().getValue());
  }

  private static Instant startOf(VEvent event) {
    DtStart<Temporal> start = event.<DtStart<Temporal>>getProperty(Property.DTSTART).orElseThrow();
    Temporal value = start.getDate();
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    return ((java.time.OffsetDateTime) value).toInstant();
  }

  @SuppressWarnings("unused")
  private static final ZoneId LUX = ZoneId.of("Europe/Luxembourg");
}
