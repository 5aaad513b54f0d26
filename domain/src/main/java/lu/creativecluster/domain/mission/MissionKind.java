package lu.creativecluster.domain.mission;

import java.util.Optional;
import lu.creativecluster.domain.cooperation.Codes;

/** Value type: what kind of trip abroad a mission is. */
public enum MissionKind {
  STATE_VISIT,
  ECONOMIC_MISSION,
  TRADE_FAIR,
  STUDY_TRIP,
  B2B_MATCHMAKING;

  /** The stable code it is stored and published under ({@code state-visit}). */
  public String code() {
    return Codes.of(this);
  }

  public static Optional<MissionKind> fromCode(String code) {
    return Codes.parse(MissionKind.class, MissionKind::code, code);
  }
}
