package lu.creativecluster.domain.inquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  @Test
  void easterSunday_matchesThePublishedDates() {
    assertEquals(LocalDate.of(2000, 4, 23), WorkingDays.easterSunday(2000));
    assertEquals(LocalDate.of(2024, 3, 31), WorkingDays.easterSunday(2024));
    assertEquals(LocalDate.of(2025, 4, 20), WorkingDays.easterSunday(2025));
    assertEquals(LocalDate.of(2026, 4, 5), WorkingDays.easterSunday(2026));
    assertEquals(LocalDate.of(2027, 3, 28), WorkingDays.easterSunday(2027));
    assertEquals(LocalDate.of(2038, 4, 25), WorkingDays.easterSunday(2038));
    assertEquals(LocalDate.of(1818, 3, 22), WorkingDays.easterSunday(1818));
  }

  @Test
  void holidays2026_areTheElevenLegalDays_withTheMovableOnesFromEaster() {
    var days = WorkingDays.holidays(2026);

    assertEquals(11, days.size());
    assertTrue(days.contains(LocalDate.of(2026, 4, 6)), "Easter Monday");
    assertTrue(days.contains(LocalDate.of(2026, 5, 14)), "Ascension");
    assertTrue(days.contains(LocalDate.of(2026, 5, 25)), "Whit Monday");
    assertTrue(days.contains(LocalDate.of(2026, 5, 9)), "Europe Day");
    assertTrue(days.contains(LocalDate.of(2026, 6, 23)), "National Day");
    assertFalse(days.contains(LocalDate.of(2026, 4, 3)), "Good Friday is no public holiday");
  }

  @Test
  void fiveDaysFromAMonday_isTheNextMonday() {
    assertEquals(LocalDate.of(2026, 12, 7), WorkingDays.after(LocalDate.of(2026, 11, 30), 5));
  }

  @Test
  void receivedOnASaturday_countsFromMonday() {
    assertEquals(LocalDate.of(2026, 12, 7), WorkingDays.after(LocalDate.of(2026, 12, 5), 1));
  }

  @Test
  void christmas_skipsBothDaysAndTheWeekend() {
    // Mon 21, Tue 22, Wed 23, Thu 24, (Fri 25 holiday, weekend with the 26th), Mon 28.
    assertEquals(LocalDate.of(2026, 12, 28), WorkingDays.after(LocalDate.of(2026, 12, 18), 5));
  }

  @Test
  void acrossTheYearEnd_newYearIsSkipped() {
    // Thu 31, (Fri 1 January holiday, weekend), Mon 4, Tue 5, Wed 6, Thu 7.
    assertEquals(LocalDate.of(2027, 1, 7), WorkingDays.after(LocalDate.of(2026, 12, 30), 5));
  }

  @Test
  void easterMonday_isSkipped_goodFridayIsNot() {
    assertEquals(LocalDate.of(2026, 4, 7), WorkingDays.after(LocalDate.of(2026, 4, 2), 2));
  }

  @Test
  void europeDayOnAFriday_pushesToMonday() {
    assertEquals(LocalDate.of(2025, 5, 12), WorkingDays.after(LocalDate.of(2025, 5, 8), 1));
  }

  @Test
  void ascensionAndWhitMonday2025_areSkipped() {
    // Ascension Thu 29 May 2025: Wed 28 + 1 = Fri 30; Whit Monday 9 June: Fri 6 + 1 = Tue 10.
    assertEquals(LocalDate.of(2025, 5, 30), WorkingDays.after(LocalDate.of(2025, 5, 28), 1));
    assertEquals(LocalDate.of(2025, 6, 10), WorkingDays.after(LocalDate.of(2025, 6, 6), 1));
  }

  @Test
  void nationalDay_isSkipped() {
    assertEquals(LocalDate.of(2026, 6, 24), WorkingDays.after(LocalDate.of(2026, 6, 22), 1));
  }

  @Test
  void assumptionAndAllSaints_areSkipped() {
    // 15 August 2025 is a Friday; 1 November 2027 a Monday.
    assertEquals(LocalDate.of(2025, 8, 18), WorkingDays.after(LocalDate.of(2025, 8, 14), 1));
    assertEquals(LocalDate.of(2027, 11, 2), WorkingDays.after(LocalDate.of(2027, 10, 29), 1));
  }

  @Test
  void zeroDays_isTheDayOfReceipt_andNegativeIsRefused() {
    assertEquals(LocalDate.of(2026, 12, 5), WorkingDays.after(LocalDate.of(2026, 12, 5), 0));
    assertThrows(IllegalArgumentException.class, () -> WorkingDays.after(LocalDate.now(), -1));
  }

  @Test
  void dueDate_countsFromTheDayInLuxembourg_notInUtc() {
    // 23:30 UTC on 31 December is already New Year's Day in Luxembourg.
    Instant lateNewYearsEve = Instant.parse("2026-12-31T23:30:00Z");

    assertEquals(LocalDate.of(2027, 1, 4), Inquiry.dueDateFor(lateNewYearsEve, 1));
    assertEquals(
        LocalDate.of(2026, 12, 31), Inquiry.dueDateFor(Instant.parse("2026-12-30T12:00:00Z"), 1));
  }
}
