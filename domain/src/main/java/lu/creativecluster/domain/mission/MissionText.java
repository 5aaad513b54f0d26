package lu.creativecluster.domain.mission;

import lu.creativecluster.domain.cooperation.CooperationTexts;

/** Value object: a mission's title and description in one language. */
public record MissionText(String title, String description) {

  public static final int MAX_TITLE = 160;
  public static final int MAX_DESCRIPTION = 5000;

  public MissionText {
    title = CooperationTexts.singleLine(title, "mission title", 3, MAX_TITLE);
    description = CooperationTexts.multiLine(description, "mission description", MAX_DESCRIPTION);
  }
}
