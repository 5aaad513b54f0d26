package lu.creativecluster.domain.mission;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.cooperation.CooperationTexts;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.shared.Language;

/**
 * Value object: one member's application to a mission: why it wants to go, in which language it
 * wants to hear back, where the application stands (with the moment of the last decision, which
 * orders the waiting list), whether the member agreed to be named publicly as a participant, and
 * the outcome staff recorded after the mission.
 */
public record MissionApplication(
    MemberId member,
    String motivation,
    Language language,
    Instant appliedAt,
    ApplicationStatus status,
    Optional<Instant> decidedAt,
    boolean listedPublicly,
    Optional<ParticipantOutcome> outcome) {

  public static final int MAX_MOTIVATION = 2000;

  public MissionApplication {
    Objects.requireNonNull(member, "member");
    motivation = CooperationTexts.multiLine(motivation, "motivation", MAX_MOTIVATION);
    if (motivation.length() < 10) {
      throw new IllegalArgumentException("a motivation has at least 10 characters");
    }
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(appliedAt, "appliedAt");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(decidedAt, "decidedAt");
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.isPresent() && status != ApplicationStatus.SELECTED) {
      throw new IllegalArgumentException("only a selected participant has an outcome");
    }
  }

  MissionApplication movedTo(ApplicationStatus next, Instant at) {
    return new MissionApplication(
        member, motivation, language, appliedAt, next, Optional.of(at), listedPublicly, outcome);
  }

  MissionApplication withListing(boolean listed) {
    return new MissionApplication(
        member, motivation, language, appliedAt, status, decidedAt, listed, outcome);
  }

  MissionApplication withOutcome(ParticipantOutcome newOutcome) {
    return new MissionApplication(
        member,
        motivation,
        language,
        appliedAt,
        status,
        decidedAt,
        listedPublicly,
        Optional.of(newOutcome));
  }

  /** When it joined the waiting list (or applied, if it was never decided). */
  Instant queuedAt() {
    return decidedAt.orElse(appliedAt);
  }
}
