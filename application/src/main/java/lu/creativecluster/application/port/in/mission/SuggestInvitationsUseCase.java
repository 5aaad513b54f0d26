package lu.creativecluster.application.port.in.mission;

import java.util.List;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.mission.MissionId;

/**
 * Use case: staff get a ranked list of members to invite to a mission: active members wanting or
 * serving the destination market, in the target sectors, who have not applied yet.
 */
public interface SuggestInvitationsUseCase {

  int MAX_SUGGESTIONS = 200;

  /**
   * @param limit 1 to {@value #MAX_SUGGESTIONS}
   */
  List<InvitationSuggestion> suggestions(Actor actor, MissionId mission, int limit);
}
