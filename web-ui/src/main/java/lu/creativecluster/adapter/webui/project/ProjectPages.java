package lu.creativecluster.adapter.webui.project;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.project.ListProjectsUseCase;
import lu.creativecluster.application.port.in.project.ProjectNotFoundException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.project.ProjectId;

/**
 * Backing bean of the project pages: the public projects ({@code /{lang}/projects}), with a
 * signed-in member's own projects (confidential ones included) above them, and one project ({@code
 * /{lang}/projects/{id}}), which a confidential project shows only to staff and its members.
 */
@Named("projects")
@RequestScoped
public class ProjectPages {

  private final ListProjectsUseCase projects;
  private final ShowMemberProfileUseCase members;
  private final Viewer viewer;
  private final SiteContext site;
  private Project project;

  /** For CDI's client proxy only. */
  protected ProjectPages() {
    this(null, null, null, null);
  }

  @Inject
  public ProjectPages(
      ListProjectsUseCase projects,
      ShowMemberProfileUseCase members,
      Viewer viewer,
      SiteContext site) {
    this.projects = projects;
    this.members = members;
    this.viewer = viewer;
    this.site = site;
  }

  /** A project in a list, or the head of its page. */
  public record ProjectCard(
      String id,
      String href,
      String title,
      String kindKey,
      String statusKey,
      String partner,
      String dates,
      String volume,
      boolean confidential) {}

  // Kept for the request: the page names each list several times (ui:param, empty, ui:repeat),
  // and Facelets evaluates the expression at every use.
  private List<ProjectCard> publicProjects;
  private List<ProjectCard> ownProjects;

  public List<ProjectCard> getPublicProjects() {
    if (publicProjects == null) {
      publicProjects = projects.publicProjects().stream().map(this::card).toList();
    }
    return publicProjects;
  }

  public List<ProjectCard> getOwnProjects() {
    if (ownProjects == null) {
      ownProjects =
          viewer.isSignedIn()
              ? projects.ownProjects(viewer.actor()).stream().map(this::card).toList()
              : List.of();
    }
    return ownProjects;
  }

  /** Loads the project of the address before the page renders, or ends the request with 404. */
  public void prepare() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (!isLoaded()) {
      external.responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public boolean isLoaded() {
    if (project == null) {
      try {
        project = projects.show(viewer.actor(), ProjectId.parse(site.getMember()));
      } catch (IllegalArgumentException | NullPointerException | ProjectNotFoundException e) {
        // prepare answers 404.
      }
    }
    return project != null;
  }

  public ProjectCard getProject() {
    return isLoaded() ? card(project) : null;
  }

  public String getDescription() {
    return isLoaded() ? project.details().description().in(site.language()) : "";
  }

  public String getRoleKey() {
    return isLoaded() ? "project.role." + project.details().clusterRole().code() : "";
  }

  public String getPartnerLine() {
    if (!isLoaded()) {
      return "";
    }
    var p = project.details().partner();
    return p.name() + " · " + p.industry();
  }

  /** A creative member with the address of its profile. */
  public record CreativeLink(String name, String href) {}

  public List<CreativeLink> getCreatives() {
    if (!isLoaded()) {
      return List.of();
    }
    List<CreativeLink> links = new ArrayList<>();
    for (MemberId id : project.details().creatives()) {
      try {
        var view = members.show(Actor.visitor(), id).publicView();
        links.add(
            new CreativeLink(
                view.profile().displayName(),
                site.memberHref(Page.MEMBER_PROFILE.key(), view.slug().value())));
      } catch (MemberNotFoundException | MemberMovedException gone) {
        // A member who left is no longer named publicly.
      }
    }
    links.sort(Comparator.comparing(CreativeLink::name));
    return links;
  }

  ProjectCard card(Project p) {
    ProjectDetails d = p.details();
    return new ProjectCard(
        p.id().toString(),
        site.memberHref(Page.PROJECT.key(), p.id().toString()),
        d.title().in(site.language()),
        "project.kind." + d.kind().code(),
        "project.status." + p.status().code(),
        d.partner().name(),
        d.period()
            .end()
            .map(e -> day(d.period().start()) + " – " + day(e))
            .orElse(day(d.period().start())),
        euros(d.volume().value()),
        !p.isPublic());
  }

  private String day(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(site.getLocale())
        .format(day);
  }

  String euros(java.math.BigDecimal value) {
    NumberFormat f = NumberFormat.getCurrencyInstance(site.getLocale());
    f.setCurrency(Currency.getInstance("EUR"));
    return f.format(value);
  }
}
