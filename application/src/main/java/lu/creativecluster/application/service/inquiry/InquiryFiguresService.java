package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lu.creativecluster.application.port.in.inquiry.InquiryFigures;
import lu.creativecluster.application.port.in.inquiry.InquiryFigures.Figure;
import lu.creativecluster.application.port.in.inquiry.InquiryFiguresUseCase;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.RecipientId;

/**
 * Use case service: the service figures. Computed from what anonymisation keeps (topic, recipient,
 * timestamps), so they stay the same after the personal data is gone. The median of an even count
 * is the mean of the two middle values; the 90th percentile is the nearest rank.
 */
@ApplicationScoped
@Transactional
public class InquiryFiguresService implements InquiryFiguresUseCase {

  private final Inquiries inquiries;

  /** For CDI's client proxy only. */
  protected InquiryFiguresService() {
    this(null);
  }

  @Inject
  public InquiryFiguresService(Inquiries inquiries) {
    this.inquiries = inquiries;
  }

  @Override
  public InquiryFigures figures(Actor actor, Instant from, Instant to) {
    InquiryAccess.requireStaff(actor, "read the inquiry figures");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from is before to");
    }
    List<Inquiry> counted =
        inquiries.receivedBetween(from, to).stream()
            .filter(i -> i.status() != InquiryStatus.REJECTED)
            .toList();
    return new InquiryFigures(
        figure(counted),
        grouped(counted, i -> Optional.of(i.topic())),
        grouped(counted, InquiryFiguresService::recipientOf),
        grouped(
            counted, i -> Optional.of(YearMonth.from(i.receivedAt().atZone(Inquiry.LUXEMBOURG)))));
  }

  /** Who answered it, or who holds it while unanswered. */
  private static Optional<RecipientId> recipientOf(Inquiry inquiry) {
    return inquiry.answer().flatMap(a -> a.recipient()).or(inquiry::recipient);
  }

  private static <K> Map<K, Figure> grouped(
      List<Inquiry> inquiries, Function<Inquiry, Optional<K>> key) {
    Map<K, List<Inquiry>> groups = new HashMap<>();
    for (Inquiry inquiry : inquiries) {
      key.apply(inquiry)
          .ifPresent(k -> groups.computeIfAbsent(k, x -> new ArrayList<>()).add(inquiry));
    }
    Map<K, Figure> figures = new HashMap<>();
    groups.forEach((k, group) -> figures.put(k, figure(group)));
    return figures;
  }

  static Figure figure(List<Inquiry> inquiries) {
    List<Duration> times =
        inquiries.stream().flatMap(i -> i.timeToAnswer().stream()).sorted().toList();
    return new Figure(inquiries.size(), times.size(), median(times), percentile90(times));
  }

  /** Shared with the impact figures, so both report the same median. */
  public static Optional<Duration> median(List<Duration> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return Optional.empty();
    }
    if (n % 2 == 1) {
      return Optional.of(sorted.get(n / 2));
    }
    return Optional.of(sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
  }

  static Optional<Duration> percentile90(List<Duration> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return Optional.empty();
    }
    int rank = (int) Math.ceil(0.9 * n);
    return Optional.of(sorted.get(rank - 1));
  }
}
