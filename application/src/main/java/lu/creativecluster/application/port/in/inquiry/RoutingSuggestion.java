package lu.creativecluster.application.port.in.inquiry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.domain.inquiry.Recipient;

/**
 * Read model: the suggestion for one inquiry.
 *
 * @param recipient the recipient of the most specific matching rule (for questions and offers)
 * @param members for an offer, the matching active members, best match first; empty for a question
 */
public record RoutingSuggestion(Optional<Recipient> recipient, List<MemberSummary> members) {

  public RoutingSuggestion {
    Objects.requireNonNull(recipient, "recipient");
    members = List.copyOf(members);
  }
}
