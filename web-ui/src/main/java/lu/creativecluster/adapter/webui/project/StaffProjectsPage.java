package lu.creativecluster.adapter.webui.project;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.project.ChangeProjectStatusCommand;
import lu.creativecluster.application.port.in.project.ManageProjectsUseCase;
import lu.creativecluster.application.port.in.project.ProjectNotFoundException;
import lu.creativecluster.application.port.in.project.RecordProjectCommand;
import lu.creativecluster.application.port.in.project.ReviseProjectCommand;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.project.ClusterRole;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.project.IllegalProjectTransitionException;
import lu.creativecluster.domain.project.PartnerOrganisation;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectKind;
import lu.creativecluster.domain.project.ProjectPeriod;
import lu.creativecluster.domain.project.ProjectStatus;
import lu.creativecluster.domain.project.ProjectVisibility;
import lu.creativecluster.domain.shared.LocalizedText;

/**
 * Backing bean of staff's projects page ({@code /{lang}/staff/projects}): every project with the
 * status changes it allows, and one form to record a new project or (with {@code ?id=}) correct
 * one. The form carries the version it was filled from, so a change someone made meanwhile is
 * refused with a message instead of being overwritten. A wrong field is a translated message and
 * nothing is stored.
 */
@Named("staffProjects")
@RequestScoped
public class StaffProjectsPage {

  private final ManageProjectsUseCase manage;
  private final ShowMemberProfileUseCase members;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private final ProjectPages pages;

  private String projectId = "";
  private long version;
  private String titleDe = "";
  private String titleFr = "";
  private String titleEn = "";
  private String descriptionDe = "";
  private String descriptionFr = "";
  private String descriptionEn = "";
  private String kind = ProjectKind.CROSS_SECTOR_INNOVATION.code();
  private String creatives = "";
  private String partnerName = "";
  private String partnerIndustry = "";
  private String partnerSize = TeamSizeBand.SMALL.code();
  private String start = "";
  private String end = "";
  private String volume = "";
  private String role = ClusterRole.MATCHED.code();
  private String visibility = ProjectVisibility.PUBLIC.code();

  /** For CDI's client proxy only. */
  protected StaffProjectsPage() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public StaffProjectsPage(
      ManageProjectsUseCase manage,
      ShowMemberProfileUseCase members,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request,
      ProjectPages pages) {
    this.manage = manage;
    this.members = members;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
    this.pages = pages;
  }

  /** Fills the form from the project named by {@code ?id=} on a first visit (not a postback). */
  public void prepare() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    String id = request.getParameter("id");
    if (id == null) {
      return;
    }
    all().stream().filter(p -> p.id().toString().equals(id)).findFirst().ifPresent(this::fill);
  }

  private void fill(Project p) {
    ProjectDetails d = p.details();
    projectId = p.id().toString();
    version = p.version();
    titleDe = d.title().in(lu.creativecluster.domain.shared.Language.DE);
    titleFr = d.title().in(lu.creativecluster.domain.shared.Language.FR);
    titleEn = d.title().in(lu.creativecluster.domain.shared.Language.EN);
    descriptionDe = d.description().in(lu.creativecluster.domain.shared.Language.DE);
    descriptionFr = d.description().in(lu.creativecluster.domain.shared.Language.FR);
    descriptionEn = d.description().in(lu.creativecluster.domain.shared.Language.EN);
    kind = d.kind().code();
    creatives =
        d.creatives().stream()
            .map(this::slugOf)
            .flatMap(Optional::stream)
            .sorted()
            .collect(Collectors.joining(", "));
    partnerName = d.partner().name();
    partnerIndustry = d.partner().industry();
    partnerSize = d.partner().sizeBand().code();
    start = d.period().start().toString();
    end = d.period().end().map(LocalDate::toString).orElse("");
    volume = d.volume().toString();
    role = d.clusterRole().code();
    visibility = d.visibility().code();
  }

  /** A project as a row of the staff list. */
  public record Row(
      String id,
      String title,
      String statusKey,
      String volume,
      String visibilityKey,
      String editHref,
      String pageHref,
      long version,
      List<String> next) {}

  public List<Row> getRows() {
    return all().stream()
        .map(
            p ->
                new Row(
                    p.id().toString(),
                    p.details().title().in(site.language()),
                    "project.status." + p.status().code(),
                    pages.euros(p.details().volume().value()),
                    "project.visibility." + p.details().visibility().code(),
                    site.pageHref(Page.STAFF_PROJECTS.key()) + "?id=" + p.id(),
                    site.memberHref(Page.PROJECT.key(), p.id().toString()),
                    p.version(),
                    p.status().next().stream().map(ProjectStatus::code).toList()))
        .toList();
  }

  private List<Project> cached;

  private List<Project> all() {
    if (cached == null) {
      cached = manage.all(viewer.actor());
    }
    return cached;
  }

  /** Moves a project on; the row's version guards against a change made meanwhile. */
  public void changeStatus(String id, long rowVersion, String target) {
    try {
      manage.changeStatus(
          new ChangeProjectStatusCommand(
              viewer.actor(),
              ProjectId.parse(id),
              rowVersion,
              ProjectStatus.fromCode(target).orElseThrow(IllegalArgumentException::new)));
      cached = null;
      feedback.notice("staffProjects.statusChanged");
    } catch (ConcurrentUpdateException e) {
      feedback.error("staffProjects.error.stale");
    } catch (IllegalProjectTransitionException
        | ProjectNotFoundException
        | AccessDeniedException
        | IllegalArgumentException e) {
      feedback.error("staffProjects.error.transition");
    }
  }

  /** Records a new project, or saves the one the form was filled from. */
  public String save() {
    Optional<ProjectDetails> details = details();
    if (details.isEmpty()) {
      return null;
    }
    Actor actor = viewer.actor();
    try {
      if (projectId == null || projectId.isBlank()) {
        manage.record(new RecordProjectCommand(actor, details.get()));
        feedback.notice("staffProjects.recorded");
      } else {
        manage.revise(
            new ReviseProjectCommand(actor, ProjectId.parse(projectId), version, details.get()));
        feedback.notice("staffProjects.saved");
      }
      cached = null;
      clear();
    } catch (ConcurrentUpdateException e) {
      feedback.error("staffProjects.error.stale");
    } catch (ProjectNotFoundException | AccessDeniedException | IllegalArgumentException e) {
      feedback.error("staffProjects.error.transition");
    }
    return null;
  }

  /** Reads the form; each wrong field adds its message, and then nothing is stored. */
  Optional<ProjectDetails> details() {
    List<String> errors = new ArrayList<>();
    LocalizedText title =
        texts(titleDe, titleFr, titleEn, ProjectDetails.MAX_TITLE, "title", errors);
    LocalizedText description =
        texts(
            descriptionDe,
            descriptionFr,
            descriptionEn,
            ProjectDetails.MAX_DESCRIPTION,
            "description",
            errors);
    Optional<ProjectKind> projectKind = ProjectKind.fromCode(kind);
    if (projectKind.isEmpty()) {
      errors.add("kind");
    }
    Set<MemberId> ids = new LinkedHashSet<>();
    for (String slug :
        Arrays.stream(creatives.split("[,\\s]+")).filter(s -> !s.isBlank()).toList()) {
      Optional<MemberId> id = memberOf(slug.strip());
      if (id.isEmpty()) {
        errors.add("creatives");
        break;
      }
      ids.add(id.get());
    }
    if (ids.isEmpty() && !errors.contains("creatives")) {
      errors.add("creatives");
    }
    PartnerOrganisation partner = null;
    try {
      partner =
          new PartnerOrganisation(
              partnerName,
              partnerIndustry,
              TeamSizeBand.fromCode(partnerSize).orElseThrow(IllegalArgumentException::new));
    } catch (IllegalArgumentException | NullPointerException e) {
      errors.add("partner");
    }
    LocalDate startDay = day(start);
    LocalDate endDay = end == null || end.isBlank() ? null : day(end);
    if (startDay == null) {
      errors.add("start");
    }
    if (end != null && !end.isBlank() && endDay == null) {
      errors.add("end");
    } else if (startDay != null && endDay != null && endDay.isBefore(startDay)) {
      errors.add("endBeforeStart");
    }
    EuroAmount amount = null;
    try {
      amount = EuroAmount.parse(volume == null ? "" : volume.strip());
    } catch (IllegalArgumentException e) {
      errors.add("volume");
    }
    Optional<ClusterRole> clusterRole = ClusterRole.fromCode(role);
    Optional<ProjectVisibility> shownTo = ProjectVisibility.fromCode(visibility);
    if (clusterRole.isEmpty()) {
      errors.add("role");
    }
    if (shownTo.isEmpty()) {
      errors.add("visibility");
    }
    if (!errors.isEmpty()) {
      errors.forEach(e -> feedback.error("staffProjects.error." + e));
      return Optional.empty();
    }
    return Optional.of(
        new ProjectDetails(
            title,
            description,
            projectKind.get(),
            ids,
            partner,
            ProjectPeriod.of(startDay, endDay),
            amount,
            clusterRole.get(),
            shownTo.get()));
  }

  private static LocalizedText texts(
      String de, String fr, String en, int max, String name, List<String> errors) {
    try {
      LocalizedText text = LocalizedText.of(de, fr, en);
      if (text.values().values().stream().anyMatch(t -> t.length() > max)) {
        errors.add(name);
        return null;
      }
      return text;
    } catch (IllegalArgumentException | NullPointerException e) {
      errors.add(name);
      return null;
    }
  }

  private static LocalDate day(String text) {
    if (text == null || !text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Optional<MemberId> memberOf(String slug) {
    try {
      return Optional.of(members.show(Actor.visitor(), new Slug(slug)).publicView().id());
    } catch (MemberNotFoundException | MemberMovedException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<String> slugOf(MemberId id) {
    try {
      return Optional.of(members.show(Actor.visitor(), id).publicView().slug().value());
    } catch (MemberNotFoundException | MemberMovedException e) {
      return Optional.empty();
    }
  }

  private void clear() {
    projectId = "";
    version = 0;
    titleDe = titleFr = titleEn = "";
    descriptionDe = descriptionFr = descriptionEn = "";
    creatives = partnerName = partnerIndustry = start = end = volume = "";
  }

  public boolean isEditing() {
    return projectId != null && !projectId.isBlank();
  }

  public List<String> getKinds() {
    return Arrays.stream(ProjectKind.values()).map(ProjectKind::code).toList();
  }

  public List<String> getSizes() {
    return Arrays.stream(TeamSizeBand.values()).map(TeamSizeBand::code).toList();
  }

  public List<String> getRoles() {
    return Arrays.stream(ClusterRole.values()).map(ClusterRole::code).toList();
  }

  public List<String> getVisibilities() {
    return Arrays.stream(ProjectVisibility.values()).map(ProjectVisibility::code).toList();
  }

  // ---- Form fields ----

  public String getProjectId() {
    return projectId;
  }

  public void setProjectId(String projectId) {
    this.projectId = projectId;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public String getTitleDe() {
    return titleDe;
  }

  public void setTitleDe(String v) {
    this.titleDe = v;
  }

  public String getTitleFr() {
    return titleFr;
  }

  public void setTitleFr(String v) {
    this.titleFr = v;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String v) {
    this.titleEn = v;
  }

  public String getDescriptionDe() {
    return descriptionDe;
  }

  public void setDescriptionDe(String v) {
    this.descriptionDe = v;
  }

  public String getDescriptionFr() {
    return descriptionFr;
  }

  public void setDescriptionFr(String v) {
    this.descriptionFr = v;
  }

  public String getDescriptionEn() {
    return descriptionEn;
  }

  public void setDescriptionEn(String v) {
    this.descriptionEn = v;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String v) {
    this.kind = v;
  }

  public String getCreatives() {
    return creatives;
  }

  public void setCreatives(String v) {
    this.creatives = v == null ? "" : v;
  }

  public String getPartnerName() {
    return partnerName;
  }

  public void setPartnerName(String v) {
    this.partnerName = v;
  }

  public String getPartnerIndustry() {
    return partnerIndustry;
  }

  public void setPartnerIndustry(String v) {
    this.partnerIndustry = v;
  }

  public String getPartnerSize() {
    return partnerSize;
  }

  public void setPartnerSize(String v) {
    this.partnerSize = v;
  }

  public String getStart() {
    return start;
  }

  public void setStart(String v) {
    this.start = v;
  }

  public String getEnd() {
    return end;
  }

  public void setEnd(String v) {
    this.end = v;
  }

  public String getVolume() {
    return volume;
  }

  public void setVolume(String v) {
    this.volume = v;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String v) {
    this.role = v;
  }

  public String getVisibility() {
    return visibility;
  }

  public void setVisibility(String v) {
    this.visibility = v;
  }
}
