package lu.creativecluster.application.port.in.impact;

import lu.creativecluster.domain.access.Actor;

/**
 * Use case: anyone reads the cluster's impact figures over a period; staff and partner systems with
 * {@link #READ_SCOPE} also read the non-public ones (confidential volume, projects by name).
 */
public interface ShowImpactUseCase {

  String READ_SCOPE = "stats:read";

  ImpactReport report(Actor actor, ImpactPeriod period);

  /** Whether this actor sees the non-public figures. */
  boolean seesAll(Actor actor);
}
