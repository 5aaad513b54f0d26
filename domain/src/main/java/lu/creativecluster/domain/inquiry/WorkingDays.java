package lu.creativecluster.domain.inquiry;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Domain service: the working days in Luxembourg, for response due dates. Saturdays, Sundays and
 * the legal public holidays are not working days: New Year, Easter Monday, 1 May, Europe Day (9
 * May, since 2019), Ascension, Whit Monday, National Day (23 June), Assumption (15 August), All
 * Saints (1 November), Christmas and St Stephen's Day (25 and 26 December). A holiday that falls on
 * a weekend is not moved (the law grants a compensatory day per employee, not a public one).
 */
public final class WorkingDays {

  /** Working days an inquiry gets for its answer unless configured otherwise. */
  public static final int DEFAULT_RESPONSE_DAYS = 5;

  private WorkingDays() {}

  /**
   * The day that is {@code days} working days after {@code received}: a question received on a
   * Monday with 5 days is due the next Monday. The day of receipt never counts, whatever it is.
   */
  public static LocalDate after(LocalDate received, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days is never negative");
    }
    LocalDate day = received;
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  public static boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isPublicHoliday(day);
  }

  public static boolean isPublicHoliday(LocalDate day) {
    return holidays(day.getYear()).contains(day);
  }

  /** The ten public holidays of the year (eleven days: Christmas has two). */
  public static Set<LocalDate> holidays(int year) {
    LocalDate easter = easterSunday(year);
    return Set.of(
        LocalDate.of(year, Month.JANUARY, 1),
        easter.plusDays(1),
        LocalDate.of(year, Month.MAY, 1),
        LocalDate.of(year, Month.MAY, 9),
        easter.plusDays(39),
        easter.plusDays(50),
        LocalDate.of(year, Month.JUNE, 23),
        LocalDate.of(year, Month.AUGUST, 15),
        LocalDate.of(year, Month.NOVEMBER, 1),
        LocalDate.of(year, Month.DECEMBER, 25),
        LocalDate.of(year, Month.DECEMBER, 26));
  }

  /**
   * Western (Gregorian) Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
