package lu.creativecluster.application.port.out.inquiry;

import java.util.List;
import java.util.UUID;
import lu.creativecluster.domain.inquiry.RoutingRule;

/** Outbound port: the routing rules admins keep. */
public interface RoutingRules {

  void add(RoutingRule rule);

  /** Removes the rule; an unknown id is no error. */
  void remove(UUID id);

  /** Every rule, by topic, then id. */
  List<RoutingRule> all();
}
