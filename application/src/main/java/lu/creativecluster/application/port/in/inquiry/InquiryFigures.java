package lu.creativecluster.application.port.in.inquiry;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.RecipientId;

/**
 * Read model: the service figures of the inquiries received in a period, overall and by topic,
 * recipient (the one that answered or holds it; inquiries with none are not in that map) and month
 * of receipt (Luxembourg time). Rejected inquiries are not counted.
 */
public record InquiryFigures(
    Figure total,
    Map<InquiryTopic, Figure> byTopic,
    Map<RecipientId, Figure> byRecipient,
    Map<YearMonth, Figure> byMonth) {

  public InquiryFigures {
    Objects.requireNonNull(total, "total");
    byTopic = Map.copyOf(byTopic);
    byRecipient = Map.copyOf(byRecipient);
    byMonth = Map.copyOf(byMonth);
  }

  /**
   * One row of figures.
   *
   * @param median median time from receipt to answer; empty when nothing was answered
   * @param p90 90th percentile (nearest rank) of the same
   */
  public record Figure(
      long received, long answered, Optional<Duration> median, Optional<Duration> p90) {}
}
