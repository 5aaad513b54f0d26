package lu.creativecluster.adapter.rest.cooperation;

import java.util.Optional;
import lu.creativecluster.adapter.rest.calendar.CalendarWriter;
import lu.creativecluster.application.port.in.mission.MissionCalendarEntry;

/**
 * Writes one mission as an RFC 5545 calendar with one all-day VEVENT; the shared {@link
 * CalendarWriter} does the escaping and folding.
 */
public final class ICalendar {

  public static final String MEDIA_TYPE = CalendarWriter.MEDIA_TYPE;

  private ICalendar() {}

  public static String write(MissionCalendarEntry entry) {
    return CalendarWriter.calendar("Missions", null, false)
        .add(
            new CalendarWriter.Entry(
                entry.uid(),
                entry.stamp(),
                new CalendarWriter.AllDay(entry.start(), entry.endExclusive()),
                entry.sequence(),
                entry.summary(),
                entry.description(),
                entry.location(),
                Optional.empty(),
                entry.cancelled(),
                true))
        .end();
  }
}
