package lu.creativecluster.application.port.in.mission;

/** Why a member was suggested for a mission; each reason adds its weight to the ranking. */
public enum InvitationReason {
  /** The member wants to sell in the destination country. */
  WANTS_MARKET(4),
  /** The member already sells in the destination country. */
  SERVES_MARKET(2),
  /** The member's primary sector is one the mission targets. */
  PRIMARY_SECTOR_TARGETED(2),
  /** Another of the member's sectors is one the mission targets. */
  SECTOR_TARGETED(1),
  /** The member asked for the cluster's help to export. */
  WANTS_EXPORT_HELP(1);

  private final int weight;

  InvitationReason(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
