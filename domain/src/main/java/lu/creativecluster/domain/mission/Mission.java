package lu.creativecluster.domain.mission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.shared.Language;

/**
 * Aggregate: a mission abroad (a state visit, an economic mission, a trade fair, a study trip, a
 * B2B matchmaking day) with the members' applications. It keeps the rules: members apply once each,
 * only while it is open and the deadline has not passed; staff select at most its capacity, the
 * rest wait in the order they were wait-listed; a place freed by a withdrawal goes to the first on
 * the waiting list; outcomes are recorded once the mission is completed.
 */
public final class Mission {

  private final MissionId id;
  private final long version;
  private MissionPlan plan;
  private MissionStatus status;
  private final List<MissionApplication> applications;

  private Mission(
      MissionId id,
      MissionPlan plan,
      MissionStatus status,
      List<MissionApplication> applications,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.status = Objects.requireNonNull(status, "status");
    this.applications = new ArrayList<>(Objects.requireNonNull(applications, "applications"));
    if (this.applications.stream().map(MissionApplication::member).distinct().count()
        != this.applications.size()) {
      throw new IllegalArgumentException("a member applies once");
    }
    this.applications.sort(Comparator.comparing(MissionApplication::appliedAt));
    this.version = version;
  }

  /** Staff plan a new mission; members cannot apply until it is opened. */
  public static Mission plan(MissionId id, MissionPlan plan) {
    return new Mission(id, plan, MissionStatus.PLANNED, List.of(), 0);
  }

  /** Rebuilds a mission from storage, exactly as it was saved. */
  public static Mission reconstitute(
      MissionId id,
      MissionPlan plan,
      MissionStatus status,
      List<MissionApplication> applications,
      long version) {
    return new Mission(id, plan, status, applications, version);
  }

  // ---------------------------------------------------------------- the mission's life

  /**
   * Staff change the plan while the mission is planned or open; the capacity never drops below the
   * members already selected.
   */
  public void revise(MissionPlan newPlan) {
    Objects.requireNonNull(newPlan, "newPlan");
    if (status != MissionStatus.PLANNED && status != MissionStatus.OPEN) {
      throw new IllegalMissionTransitionException(
          "mission " + id + " is " + status.code() + " and can no longer be changed");
    }
    if (newPlan.capacity() < selected().size()) {
      throw new MissionFullException(
          "mission " + id + " already has " + selected().size() + " selected participants");
    }
    plan = newPlan;
  }

  /** Staff open the mission for applications, which makes sense only before its deadline. */
  public void open(LocalDate today) {
    moveTo(MissionStatus.OPEN);
    if (!plan.dates().acceptsApplicationsOn(today)) {
      throw new ApplicationDeadlinePassedException(
          "mission "
              + id
              + ": the application deadline "
              + plan.dates().applicationDeadline()
              + " is over");
    }
  }

  public void close() {
    moveTo(MissionStatus.CLOSED);
  }

  /** Staff mark a closed mission completed, on or after its last day. */
  public void complete(LocalDate today) {
    if (status == MissionStatus.CLOSED && today.isBefore(plan.dates().end())) {
      throw new IllegalMissionTransitionException(
          "mission " + id + " ends on " + plan.dates().end() + " and is not over yet");
    }
    moveTo(MissionStatus.COMPLETED);
  }

  public void cancel() {
    moveTo(MissionStatus.CANCELLED);
  }

  private void moveTo(MissionStatus next) {
    if (!status.canBecome(next)) {
      throw new IllegalMissionTransitionException(
          "mission " + id + " cannot go from " + status.code() + " to " + next.code());
    }
    status = next;
  }

  // ---------------------------------------------------------------- applications

  /**
   * A member applies, once, while the mission is open and on or before its deadline.
   *
   * @param listedPublicly whether the member agrees to be named publicly if it takes part
   */
  public MissionApplication apply(
      MemberId member,
      String motivation,
      Language language,
      boolean listedPublicly,
      LocalDate today,
      Instant at) {
    Objects.requireNonNull(member, "member");
    if (status != MissionStatus.OPEN) {
      throw new MissionNotOpenException(
          "mission " + id + " is " + status.code() + " and takes no applications");
    }
    if (!plan.dates().acceptsApplicationsOn(today)) {
      throw new ApplicationDeadlinePassedException(
          "mission " + id + " took applications until " + plan.dates().applicationDeadline());
    }
    if (application(member).isPresent()) {
      throw new SecondApplicationException(
          "member " + member + " has already applied to mission " + id);
    }
    MissionApplication application =
        new MissionApplication(
            member,
            motivation,
            language,
            at,
            ApplicationStatus.APPLIED,
            Optional.empty(),
            listedPublicly,
            Optional.empty());
    applications.add(application);
    return application;
  }

  /** Staff give the member a place; there are at most as many as the capacity. */
  public void select(MemberId member, Instant at) {
    requireDeciding();
    MissionApplication application = required(member);
    requireIn(
        application,
        ApplicationStatus.SELECTED,
        Set.of(
            ApplicationStatus.APPLIED, ApplicationStatus.WAITLISTED, ApplicationStatus.DECLINED));
    if (selected().size() >= plan.capacity()) {
      throw new MissionFullException(
          "all " + plan.capacity() + " places on mission " + id + " are taken");
    }
    replace(application.movedTo(ApplicationStatus.SELECTED, at));
  }

  /** Staff put the member on the waiting list, behind those already waiting. */
  public void waitlist(MemberId member, Instant at) {
    requireDeciding();
    MissionApplication application = required(member);
    requireIn(
        application,
        ApplicationStatus.WAITLISTED,
        Set.of(ApplicationStatus.APPLIED, ApplicationStatus.DECLINED));
    replace(application.movedTo(ApplicationStatus.WAITLISTED, at));
  }

  /** Staff turn the application down. A place it held is not refilled by itself: staff choose. */
  public void decline(MemberId member, Instant at) {
    requireDeciding();
    MissionApplication application = required(member);
    requireIn(
        application,
        ApplicationStatus.DECLINED,
        Set.of(
            ApplicationStatus.APPLIED, ApplicationStatus.WAITLISTED, ApplicationStatus.SELECTED));
    replace(application.movedTo(ApplicationStatus.DECLINED, at));
  }

  /**
   * The member withdraws its application. A place it held goes to the first member on the waiting
   * list, if any.
   *
   * @return the member promoted from the waiting list
   */
  public Optional<MemberId> withdraw(MemberId member, Instant at) {
    if (status.isFinal()) {
      throw new IllegalMissionTransitionException(
          "mission " + id + " is " + status.code() + ": applications stay as they are");
    }
    MissionApplication application = required(member);
    requireIn(
        application,
        ApplicationStatus.WITHDRAWN,
        Set.of(
            ApplicationStatus.APPLIED, ApplicationStatus.WAITLISTED, ApplicationStatus.SELECTED));
    boolean heldAPlace = application.status() == ApplicationStatus.SELECTED;
    replace(application.movedTo(ApplicationStatus.WITHDRAWN, at));
    if (!heldAPlace) {
      return Optional.empty();
    }
    List<MissionApplication> waiting = waitingList();
    if (waiting.isEmpty()) {
      return Optional.empty();
    }
    MissionApplication first = waiting.get(0);
    replace(first.movedTo(ApplicationStatus.SELECTED, at));
    return Optional.of(first.member());
  }

  /** The member gives or withdraws its consent to be named publicly as a participant. */
  public void changeListing(MemberId member, boolean listedPublicly) {
    replace(required(member).withListing(listedPublicly));
  }

  /** Staff record what a participant took home, once the mission is completed. */
  public void recordOutcome(MemberId member, ParticipantOutcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (status != MissionStatus.COMPLETED) {
      throw new IllegalMissionTransitionException(
          "mission " + id + " is " + status.code() + ": outcomes come after it is completed");
    }
    MissionApplication application = required(member);
    if (application.status() != ApplicationStatus.SELECTED) {
      throw new IllegalApplicationTransitionException(
          "member " + member + " did not take part in mission " + id);
    }
    replace(application.withOutcome(outcome));
  }

  private void requireDeciding() {
    if (status != MissionStatus.OPEN && status != MissionStatus.CLOSED) {
      throw new IllegalMissionTransitionException(
          "mission " + id + " is " + status.code() + ": no selection now");
    }
  }

  private static void requireIn(
      MissionApplication application, ApplicationStatus next, Set<ApplicationStatus> allowed) {
    if (!allowed.contains(application.status())) {
      throw new IllegalApplicationTransitionException(
          "an application that is "
              + application.status().code()
              + " cannot become "
              + next.code());
    }
  }

  private MissionApplication required(MemberId member) {
    return application(member)
        .orElseThrow(
            () -> new NoApplicationException("member " + member + " has not applied to " + id));
  }

  private void replace(MissionApplication changed) {
    applications.replaceAll(a -> a.member().equals(changed.member()) ? changed : a);
  }

  // ---------------------------------------------------------------- reading

  public MissionId id() {
    return id;
  }

  public MissionPlan plan() {
    return plan;
  }

  public MissionStatus status() {
    return status;
  }

  /** Every application, oldest first. */
  public List<MissionApplication> applications() {
    return List.copyOf(applications);
  }

  public Optional<MissionApplication> application(MemberId member) {
    return applications.stream().filter(a -> a.member().equals(member)).findFirst();
  }

  public List<MissionApplication> selected() {
    return withStatus(ApplicationStatus.SELECTED).toList();
  }

  /** The members waiting for a place, first in line first. */
  public List<MissionApplication> waitingList() {
    return withStatus(ApplicationStatus.WAITLISTED)
        .sorted(
            Comparator.comparing(MissionApplication::queuedAt)
                .thenComparing(MissionApplication::appliedAt))
        .toList();
  }

  /** The participants who agreed to be named publicly. */
  public List<MissionApplication> publicParticipants() {
    return withStatus(ApplicationStatus.SELECTED)
        .filter(MissionApplication::listedPublicly)
        .toList();
  }

  public int placesLeft() {
    return Math.max(0, plan.capacity() - selected().size());
  }

  private java.util.stream.Stream<MissionApplication> withStatus(ApplicationStatus wanted) {
    return applications.stream().filter(a -> a.status() == wanted);
  }

  /** The stored version this state was read at, for optimistic locking. */
  public long version() {
    return version;
  }
}
