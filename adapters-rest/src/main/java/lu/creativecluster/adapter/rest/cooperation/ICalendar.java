package lu.creativecluster.adapter.rest.cooperation;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import lu.creativecluster.application.port.in.mission.MissionCalendarEntry;

/**
 * Writes one mission as an RFC 5545 calendar: an all-day VEVENT, texts escaped, lines folded at 75
 * octets and ended with CRLF, as strict calendar clients expect.
 */
public final class ICalendar {

  public static final String MEDIA_TYPE = "text/calendar;charset=utf-8";

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_OCTETS = 75;

  private ICalendar() {}

  public static String write(MissionCalendarEntry entry) {
    StringBuilder out = new StringBuilder();
    line(out, "BEGIN:VCALENDAR");
    line(out, "VERSION:2.0");
    line(out, "PRODID:-//Creative Cluster Platform//Missions//EN");
    line(out, "CALSCALE:GREGORIAN");
    line(out, "METHOD:PUBLISH");
    line(out, "BEGIN:VEVENT");
    line(out, "UID:" + text(entry.uid()));
    line(out, "DTSTAMP:" + STAMP.format(entry.stamp()));
    line(out, "DTSTART;VALUE=DATE:" + DAY.format(entry.start()));
    line(out, "DTEND;VALUE=DATE:" + DAY.format(entry.endExclusive()));
    line(out, "SEQUENCE:" + entry.sequence());
    line(out, "SUMMARY:" + text(entry.summary()));
    if (!entry.description().isEmpty()) {
      line(out, "DESCRIPTION:" + text(entry.description()));
    }
    line(out, "LOCATION:" + text(entry.location()));
    line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
    line(out, "TRANSP:TRANSPARENT");
    line(out, "END:VEVENT");
    line(out, "END:VCALENDAR");
    return out.toString();
  }

  /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
  static String text(String value) {
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
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
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
}
