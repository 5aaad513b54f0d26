package lu.creativecluster.application.port.in.mission;

import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.shared.Language;

/** Use case: anyone adds a mission to a calendar (one iCalendar entry per mission). */
public interface MissionCalendarUseCase {

  /**
   * @throws MissionNotFoundException if there is none the actor may see
   */
  MissionCalendarEntry entry(Actor actor, MissionId id, Language language);
}
