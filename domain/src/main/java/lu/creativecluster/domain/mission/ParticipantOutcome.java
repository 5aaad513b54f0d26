package lu.creativecluster.domain.mission;

import lu.creativecluster.domain.cooperation.CooperationTexts;

/** Value object: what a participant took home from a mission, as staff recorded it afterwards. */
public record ParticipantOutcome(int contactsMade, int leads, String followUp) {

  public static final int MAX_COUNT = 10_000;

  public ParticipantOutcome {
    if (contactsMade < 0 || leads < 0 || contactsMade > MAX_COUNT || leads > MAX_COUNT) {
      throw new IllegalArgumentException("contacts and leads are counted from 0 to " + MAX_COUNT);
    }
    followUp = CooperationTexts.multiLine(followUp, "follow-up", 2000);
  }
}
