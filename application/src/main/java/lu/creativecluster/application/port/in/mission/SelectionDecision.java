package lu.creativecluster.application.port.in.mission;

/** What staff decide about one application. */
public enum SelectionDecision {
  SELECT,
  WAITLIST,
  DECLINE
}
