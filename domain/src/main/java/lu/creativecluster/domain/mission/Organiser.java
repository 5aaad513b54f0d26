package lu.creativecluster.domain.mission;

import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.cooperation.CooperationTexts;
import lu.creativecluster.domain.cooperation.PartnerId;

/**
 * Value object: who organises a mission. A partner organiser names the partner record; the cluster
 * and a ministry are named by text only.
 */
public record Organiser(OrganiserKind kind, String name, Optional<PartnerId> partner) {

  public Organiser {
    Objects.requireNonNull(kind, "kind");
    name = CooperationTexts.singleLine(name, "organiser name", 2, 160);
    Objects.requireNonNull(partner, "partner");
    if ((kind == OrganiserKind.PARTNER) != partner.isPresent()) {
      throw new IllegalArgumentException("exactly a partner organiser names its partner record");
    }
  }

  public static Organiser cluster(String name) {
    return new Organiser(OrganiserKind.CLUSTER, name, Optional.empty());
  }
}
