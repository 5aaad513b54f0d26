package lu.creativecluster.application.port.in.mission;

/** What staff do to a mission's status. */
public enum MissionStatusChange {
  OPEN,
  CLOSE,
  COMPLETE,
  CANCEL
}
