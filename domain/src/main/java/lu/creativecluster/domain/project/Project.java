package lu.creativecluster.domain.project;

import java.time.Instant;
import java.util.Objects;
import lu.creativecluster.domain.member.MemberId;

/**
 * Aggregate: a cross-sector project between creative members and a partner organisation, which the
 * cluster initiated, matched or supported. It guards its life cycle (idea, matching, running,
 * completed, or abandoned); its volume counts towards the cluster's yearly figures.
 */
public final class Project {

  private final ProjectId id;
  private final Instant createdAt;
  private final long version;
  private ProjectDetails details;
  private ProjectStatus status;
  private Instant statusChangedAt;

  private Project(
      ProjectId id,
      ProjectDetails details,
      ProjectStatus status,
      Instant createdAt,
      Instant statusChangedAt,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.details = Objects.requireNonNull(details, "details");
    this.status = Objects.requireNonNull(status, "status");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.statusChangedAt = Objects.requireNonNull(statusChangedAt, "statusChangedAt");
    this.version = version;
    if (statusChangedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("a project's status does not change before it exists");
    }
  }

  /** Staff record a new project; every project starts as an idea. */
  public static Project propose(ProjectId id, ProjectDetails details, Instant at) {
    return new Project(id, details, ProjectStatus.IDEA, at, at, 0);
  }

  /** Rebuilds a project from storage, exactly as it was saved. */
  public static Project reconstitute(
      ProjectId id,
      ProjectDetails details,
      ProjectStatus status,
      Instant createdAt,
      Instant statusChangedAt,
      long version) {
    return new Project(id, details, status, createdAt, statusChangedAt, version);
  }

  /** Staff correct or complete what is known about the project; its status stays. */
  public void revise(ProjectDetails revised) {
    this.details = Objects.requireNonNull(revised, "revised");
  }

  /**
   * Moves the project on.
   *
   * @throws IllegalProjectTransitionException if the current status does not lead there
   */
  public void moveTo(ProjectStatus target, Instant at) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(at, "at");
    if (!status.canBecome(target)) {
      throw new IllegalProjectTransitionException(id, status, target);
    }
    status = target;
    statusChangedAt = at.isBefore(createdAt) ? createdAt : at;
  }

  public boolean isPublic() {
    return details.visibility() == ProjectVisibility.PUBLIC;
  }

  /** Whether this member is one of the project's creatives. */
  public boolean involves(MemberId member) {
    return details.creatives().contains(member);
  }

  public ProjectId id() {
    return id;
  }

  public ProjectDetails details() {
    return details;
  }

  public ProjectStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  /** The version read from storage, for optimistic locking; the store raises it on each save. */
  public long version() {
    return version;
  }
}
