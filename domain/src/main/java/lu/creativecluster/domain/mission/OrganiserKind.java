package lu.creativecluster.domain.mission;

import java.util.Optional;
import lu.creativecluster.domain.cooperation.Codes;

/** Value type: who organises a mission (the cluster itself, a ministry, a partner abroad). */
public enum OrganiserKind {
  CLUSTER,
  MINISTRY,
  PARTNER;

  /** The stable code it is stored and published under ({@code cluster}). */
  public String code() {
    return Codes.of(this);
  }

  public static Optional<OrganiserKind> fromCode(String code) {
    return Codes.parse(OrganiserKind.class, OrganiserKind::code, code);
  }
}
