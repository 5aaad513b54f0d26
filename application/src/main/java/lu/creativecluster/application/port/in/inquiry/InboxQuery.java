package lu.creativecluster.application.port.in.inquiry;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.RecipientId;

/**
 * Query: the staff inbox. Empty sets and an empty {@code q} filter nothing; {@code overdueOnly}
 * keeps the inquiries still awaiting an answer after their due date.
 *
 * @param page from 0
 * @param size 1 to {@value #MAX_SIZE}
 */
public record InboxQuery(
    Set<InquiryStatus> statuses,
    Set<InquiryTopic> topics,
    Optional<RecipientId> recipient,
    boolean overdueOnly,
    String q,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 25;
  public static final int MAX_SIZE = 100;
  public static final int MAX_Q_LENGTH = 200;

  public InboxQuery {
    statuses = Set.copyOf(statuses);
    topics = Set.copyOf(topics);
    Objects.requireNonNull(recipient, "recipient");
    q = q == null ? "" : q.strip();
    if (q.length() > MAX_Q_LENGTH || q.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("q has at most " + MAX_Q_LENGTH + " characters");
    }
    if (page < 0) {
      throw new IllegalArgumentException("page is never negative");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size is between 1 and " + MAX_SIZE);
    }
  }

  /** Everything, newest first, first page. */
  public static InboxQuery all() {
    return new InboxQuery(Set.of(), Set.of(), Optional.empty(), false, "", 0, DEFAULT_SIZE);
  }
}
