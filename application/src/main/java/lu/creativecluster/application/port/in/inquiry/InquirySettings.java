package lu.creativecluster.application.port.in.inquiry;

import java.time.Period;
import java.util.Objects;
import lu.creativecluster.domain.inquiry.WorkingDays;

/**
 * Settings: how many working days an answer may take, and how long after closing an asker's
 * personal data is kept.
 */
public record InquirySettings(int responseWorkingDays, Period anonymiseAfter) {

  public static final Period DEFAULT_ANONYMISE_AFTER = Period.ofMonths(24);

  public InquirySettings {
    if (responseWorkingDays < 1 || responseWorkingDays > 60) {
      throw new IllegalArgumentException("responseWorkingDays is between 1 and 60");
    }
    Objects.requireNonNull(anonymiseAfter, "anonymiseAfter");
    if (anonymiseAfter.isNegative() || anonymiseAfter.isZero()) {
      throw new IllegalArgumentException("anonymiseAfter is positive");
    }
  }

  public static InquirySettings defaults() {
    return new InquirySettings(WorkingDays.DEFAULT_RESPONSE_DAYS, DEFAULT_ANONYMISE_AFTER);
  }
}
