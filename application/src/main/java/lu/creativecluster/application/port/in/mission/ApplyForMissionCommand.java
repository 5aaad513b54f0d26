package lu.creativecluster.application.port.in.mission;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.mission.MissionId;
import lu.creativecluster.domain.shared.Language;

/**
 * Command: a signed-in person applies to a mission for the member record it manages.
 *
 * @param language the language the outcome mail is written in
 * @param listedPublicly consent to be named publicly as a participant
 */
public record ApplyForMissionCommand(
    Actor actor,
    MissionId mission,
    MemberId member,
    String motivation,
    Language language,
    boolean listedPublicly) {

  public ApplyForMissionCommand {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(mission, "mission");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(motivation, "motivation");
    Objects.requireNonNull(language, "language");
  }
}
