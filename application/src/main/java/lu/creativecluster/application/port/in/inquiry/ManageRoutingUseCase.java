package lu.creativecluster.application.port.in.inquiry;

import java.util.List;
import java.util.UUID;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RoutingRule;

/**
 * Use case: the directory of recipients and the routing rules. Staff read them; only admins change
 * them.
 */
public interface ManageRoutingUseCase {

  List<Recipient> recipients(Actor actor);

  void putRecipient(Actor actor, Recipient recipient);

  List<RoutingRule> rules(Actor actor);

  /**
   * @throws RecipientNotFoundException if the rule names an unknown recipient
   */
  void addRule(Actor actor, RoutingRule rule);

  void removeRule(Actor actor, UUID ruleId);
}
