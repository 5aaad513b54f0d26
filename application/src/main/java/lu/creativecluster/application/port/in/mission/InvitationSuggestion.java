package lu.creativecluster.application.port.in.mission;

import java.util.List;
import java.util.Objects;
import lu.creativecluster.application.port.out.cooperation.MarketMember;

/** Read model: a member worth inviting to a mission, with its score and why. */
public record InvitationSuggestion(MarketMember member, int score, List<InvitationReason> reasons) {

  public InvitationSuggestion {
    Objects.requireNonNull(member, "member");
    reasons = List.copyOf(reasons);
  }
}
