package lu.creativecluster.adapter.rest.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes RFC 5545 calendars for every calendar answer of the API (missions, events): texts escaped,
 * lines folded at 75 octets and ended with CRLF, as strict calendar clients expect. An entry is
 * either all-day (DATE values) or timed in Europe/Luxembourg, whose VTIMEZONE the calendar then
 * carries, so clients that know no Olson names still place it right.
 */
public final class CalendarWriter {

  public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";

  /** The one zone of timed entries: the cluster's events take place in Luxembourg. */
  public static final String LUXEMBOURG = "Europe/Luxembourg";

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  /** Central European Time with the EU's summer time rule (since 1996), as Luxembourg keeps it. */
  private static final String[] LUXEMBOURG_TIMEZONE = {
    "BEGIN:VTIMEZONE",
    "TZID:" + LUXEMBOURG,
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE"
  };

  /** When an entry takes place: whole days, or local times in Luxembourg. */
  public sealed interface When permits AllDay, Timed {}

  /**
   * @param endExclusive the day after the last day (iCalendar's DTEND of an all-day entry)
   */
  public record AllDay(LocalDate start, LocalDate endExclusive) implements When {}

  /** Local date-times in {@link #LUXEMBOURG}. */
  public record Timed(LocalDateTime start, LocalDateTime end) implements When {}

  /**
   * One VEVENT.
   *
   * @param uid stable across changes, so calendars update the entry instead of adding one
   * @param sequence grows with every saved change
   * @param transparent whether it leaves the time free (a multi-day mission) or busy (an evening)
   */
  public record Entry(
      String uid,
      Instant stamp,
      When when,
      long sequence,
      String summary,
      String description,
      String location,
      Optional<URI> url,
      boolean cancelled,
      boolean transparent) {

    public Entry {
      Objects.requireNonNull(uid, "uid");
      Objects.requireNonNull(stamp, "stamp");
      Objects.requireNonNull(when, "when");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(url, "url");
    }
  }

  private final StringBuilder out = new StringBuilder();
  private boolean ended;

  private CalendarWriter(String product, String name, boolean timed) {
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Creative Cluster Platform//" + product + "//EN");
    line(out, "CALSCALE:GREGORIAN");
    // No METHOD: METHOD:PUBLISH is iTIP (RFC 5546), which then requires an ORGANIZER per event;
    // a plain RFC 5545 file is what calendar apps import and subscribe to.
    if (name != null) {
      // Read by Apple Calendar, Outlook and Google when subscribing to a feed.
      line(out, "X-WR-CALNAME:" + text(name));
      line(out, "X-WR-TIMEZONE:" + LUXEMBOURG);
    }
    if (timed) {
      for (String timezoneLine : LUXEMBOURG_TIMEZONE) {
        line(out, timezoneLine);
      }
    }
  }

  /**
   * @param product the PRODID's product part, e.g. "Events"
   * @param name a feed's display name, or null for a single entry's file
   * @param timed whether any entry is timed (then the calendar carries the VTIMEZONE)
   */
  public static CalendarWriter calendar(String product, String name, boolean timed) {
    return new CalendarWriter(product, name, timed);
  }

  public CalendarWriter add(Entry entry) {
    if (ended) {
      throw new IllegalStateException("the calendar is written already");
    }
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(entry.uid()));
    line(out, "DTSTAMP:" + STAMP.format(entry.stamp()));
    if (entry.when() instanceof AllDay day) {
      line(out, "DTSTART;VALUE=DATE:" + DAY.format(day.start()));
      line(out, "DTEND;VALUE=DATE:" + DAY.format(day.endExclusive()));
    } else if (entry.when() instanceof Timed timed) {
      line(out, "DTSTART;TZID=" + LUXEMBOURG + ":" + LOCAL.format(timed.start()));
      line(out, "DTEND;TZID=" + LUXEMBOURG + ":" + LOCAL.format(timed.end()));
    }
    line(out, "SEQUENCE:" + entry.sequence());
    line(out, "SUMMARY:" + text(entry.summary()));
    if (!entry.description().isEmpty()) {
      line(out, "DESCRIPTION:" + text(entry.description()));
    }
    if (!entry.location().isEmpty()) {
      line(out, "LOCATION:" + text(entry.location()));
    }
    // A URI value is not TEXT: it is written as it is (RFC 5545 3.3.13), never escaped.
    entry.url().ifPresent(url -> line(out, "URL:" + url.toASCIIString()));
    line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
    line(out, "TRANSP:" + (entry.transparent() ? "TRANSPARENT" : "OPAQUE"));
    line(out, "END:VEVENT");
    return this;
  }

  public String end() {
    if (!ended) {
      line(out, "END:VCALENDAR");
      ended = true;
    }
    return out.toString();
  }

  /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
  public static String text(String value) {
    return value
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n");
  }

  /** RFC 5545 3.1: lines longer than 75 octets continue on a line starting with a space. */
  static void line(StringBuilder out, String content) {
    int octets = 0;
    int limit = MAX_OCTETS;
    for (int i = 0; i < content.length(); ) {
      int codePoint = content.codePointAt(i);
      int size = utf8Length(codePoint);
      if (octets + size > limit) {
        out.append("\r\n ");
        octets = 0;
        limit = MAX_OCTETS - 1;
      }
      out.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    out.append("\r\n");
  }

  private static int utf8Length(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }

  static int octets(String line) {
    return line.getBytes(StandardCharsets.UTF_8).length;
  }
}
