package lu.creativecluster.adapter.rest.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import lu.creativecluster.application.port.in.mission.MissionCalendarEntry;
import org.junit.jupiter.api.Test;

class ICalendarTest {

  private static MissionCalendarEntry entry(String summary, boolean cancelled) {
    return new MissionCalendarEntry(
        "mission-1@creative-cluster",
        summary,
        "Line one\nLine two; with, punctuation \\ done",
        "Paris, FR",
        LocalDate.of(2027, 3, 10),
        LocalDate.of(2027, 3, 13),
        cancelled,
        4,
        Instant.parse("2026-11-30T10:15:30Z"));
  }

  @Test
  void writesAnAllDayEventWithEscapedTextsAndCrlfLines() {
    String ics = ICalendar.write(entry("Trade fair", false));
    assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
    assertTrue(ics.contains("\r\nDTSTART;VALUE=DATE:20270310\r\n"), ics);
    assertTrue(ics.contains("\r\nDTEND;VALUE=DATE:20270313\r\n"), ics);
    assertTrue(ics.contains("\r\nDTSTAMP:20261130T101530Z\r\n"), ics);
    assertTrue(ics.contains("\r\nSEQUENCE:4\r\n"), ics);
    assertTrue(ics.contains("\r\nUID:mission-1@creative-cluster\r\n"), ics);
    assertTrue(
        ics.contains("DESCRIPTION:Line one\\nLine two\\; with\\, punctuation \\\\ done\r\n"), ics);
    assertTrue(ics.contains("\r\nLOCATION:Paris\\, FR\r\n"), ics);
    assertTrue(ics.contains("\r\nSTATUS:CONFIRMED\r\n"), ics);
    assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), ics);
    assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "no bare line feed");
  }

  @Test
  void aCancelledMissionIsACancelledEvent() {
    assertTrue(ICalendar.write(entry("Trade fair", true)).contains("\r\nSTATUS:CANCELLED\r\n"));
  }

  @Test
  void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
    String ics = ICalendar.write(entry("Mission économique à Zürich ".repeat(8), false));
    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
    }
    String unfolded = ics.replace("\r\n ", "");
    assertTrue(unfolded.contains("SUMMARY:" + "Mission économique à Zürich ".repeat(8)), unfolded);
  }
}
