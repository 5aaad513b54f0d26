package lu.creativecluster.adapter.persistence.project;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import java.util.Optional;
import java.util.stream.Collectors;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.project.ClusterRole;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.project.PartnerOrganisation;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectKind;
import lu.creativecluster.domain.project.ProjectPeriod;
import lu.creativecluster.domain.project.ProjectStatus;
import lu.creativecluster.domain.project.ProjectVisibility;

/** Persistence adapter: maps projects between the domain and their stored form. */
final class ProjectMapper {

  private ProjectMapper() {}

  static ProjectJpaEntity toNewEntity(Project project) {
    ProjectJpaEntity entity = new ProjectJpaEntity();
    entity.id = project.id().value();
    entity.createdAt = stored(project.createdAt());
    copy(project, entity);
    return entity;
  }

  /** Writes the project's changeable state into the entity; the version is Hibernate's. */
  static void copy(Project project, ProjectJpaEntity entity) {
    ProjectDetails d = project.details();
    entity.texts.copy(d.title(), d.description());
    entity.kind = d.kind().code();
    entity.partnerName = d.partner().name();
    entity.partnerIndustry = d.partner().industry();
    entity.partnerSize = d.partner().sizeBand().code();
    entity.status = project.status().code();
    entity.startDate = d.period().start();
    entity.endDate = d.period().end().orElse(null);
    entity.volumeEur = d.volume().value();
    entity.clusterRole = d.clusterRole().code();
    entity.visibility = d.visibility().code();
    entity.statusChangedAt = stored(project.statusChangedAt());
    var members = d.creatives().stream().map(MemberId::value).collect(Collectors.toSet());
    // Changed in place, so Hibernate writes only the difference.
    entity.members.retainAll(members);
    entity.members.addAll(members);
  }

  static Project toDomain(ProjectJpaEntity e) {
    ProjectDetails details =
        new ProjectDetails(
            e.texts.title(),
            e.texts.description(),
            ProjectKind.fromCode(e.kind).orElseThrow(() -> unknown("kind", e.kind)),
            e.members.stream().map(MemberId::new).collect(Collectors.toSet()),
            new PartnerOrganisation(
                e.partnerName,
                e.partnerIndustry,
                TeamSizeBand.fromCode(e.partnerSize)
                    .orElseThrow(() -> unknown("size band", e.partnerSize))),
            new ProjectPeriod(e.startDate, Optional.ofNullable(e.endDate)),
            new EuroAmount(e.volumeEur),
            ClusterRole.fromCode(e.clusterRole).orElseThrow(() -> unknown("role", e.clusterRole)),
            ProjectVisibility.fromCode(e.visibility)
                .orElseThrow(() -> unknown("visibility", e.visibility)));
    return Project.reconstitute(
        new ProjectId(e.id),
        details,
        ProjectStatus.fromCode(e.status).orElseThrow(() -> unknown("status", e.status)),
        e.createdAt,
        e.statusChangedAt,
        e.version);
  }

  private static IllegalStateException unknown(String what, String code) {
    return new IllegalStateException("stored project has an unknown " + what + ": " + code);
  }
}
