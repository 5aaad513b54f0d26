package lu.creativecluster.adapter.rest.project;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import lu.creativecluster.adapter.rest.RestApplication;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.http.EntityTags;
import lu.creativecluster.adapter.rest.http.QueryParameters;
import lu.creativecluster.adapter.rest.language.LanguageNegotiation;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.adapter.rest.list.PagingLinks;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.MemberMovedException;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.project.ChangeProjectStatusCommand;
import lu.creativecluster.application.port.in.project.ListProjectsUseCase;
import lu.creativecluster.application.port.in.project.ManageProjectsUseCase;
import lu.creativecluster.application.port.in.project.ProjectNotFoundException;
import lu.creativecluster.application.port.in.project.RecordProjectCommand;
import lu.creativecluster.application.port.in.project.ReviseProjectCommand;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.PublicMemberView;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.project.Project;
import lu.creativecluster.domain.project.ProjectDetails;
import lu.creativecluster.domain.project.ProjectId;
import lu.creativecluster.domain.project.ProjectKind;
import lu.creativecluster.domain.project.ProjectStatus;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the cluster's cross-sector projects. Anyone lists and reads the public ones; staff
 * record them, correct them and move them on, each change against the ETag of the version they read
 * (If-Match), so no edit overwrites another unseen.
 */
@Path("projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class ProjectResource {

  private static final String LANG_DESCRIPTION =
      "Language of the title (de, fr, en). Overrides Accept-Language; default en.";
  private static final String ID_DESCRIPTION = "The project's id, as the list gives it";

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ListProjectsUseCase listProjects;
  @Inject ManageProjectsUseCase manageProjects;
  @Inject ShowMemberProfileUseCase memberProfiles;
  @Inject ListSectorsUseCase listSectors;

  @GET
  @Operation(
      operationId = "listProjects",
      summary = "List the public projects",
      description =
          "Public projects matching every filter given, newest first. year: projects running at"
              + " some time in that calendar year; sector: projects with a creative member of"
              + " that sector. Confidential projects are never listed here.")
  @APIResponse(
      responseCode = "200",
      description = "A page of projects",
      headers =
          @Header(
              name = PagingLinks.HEADER,
              description = "rel=\"first\", \"prev\", \"next\", \"last\"",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProjectList.class)))
  @APIResponse(
      responseCode = "400",
      description = "A parameter is malformed, unknown or out of range; invalidParams names it")
  public Response list(
      @Parameter(
              description = "Kind",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {
                        "cross-sector-innovation",
                        "commission",
                        "research",
                        "export"
                      }))
          @QueryParam(ProjectParameters.KIND)
          String kind,
      @Parameter(
              description = "Status",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"idea", "matching", "running", "completed", "abandoned"}))
          @QueryParam(ProjectParameters.STATUS)
          String status,
      @Parameter(description = "Sector code (GET /api/v1/sectors)", example = "design")
          @QueryParam(ProjectParameters.SECTOR)
          String sector,
      @Parameter(
              description = "Calendar year the project runs in",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "1900", maximum = "2200"))
          @QueryParam(ProjectParameters.YEAR)
          String year,
      @Parameter(
              description = "Page number, from 0",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "0",
                      maximum = "10000",
                      defaultValue = "0"))
          @QueryParam(ProjectParameters.PAGE)
          String page,
      @Parameter(
              description = "Projects per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam(ProjectParameters.SIZE)
          String size,
      @Parameter(
              description = LANG_DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"de", "fr", "en"}))
          @QueryParam(LanguageNegotiation.PARAMETER)
          String lang,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    MultivaluedMap<String, String> q = uriInfo.getQueryParameters();
    Optional<ProjectKind> byKind =
        ProjectParameters.code(
            q, ProjectParameters.KIND, ProjectKind::fromCode, ProjectParameters.KINDS);
    Optional<ProjectStatus> byStatus =
        ProjectParameters.code(
            q,
            ProjectParameters.STATUS,
            ProjectStatus::fromCode,
            "idea, matching, running, completed, abandoned");
    Optional<SectorCode> bySector =
        QueryParameters.single(q, ProjectParameters.SECTOR).map(this::sector);
    Optional<Integer> byYear = QueryParameters.number(q, ProjectParameters.YEAR, 1900, 2200);
    int pageNumber =
        QueryParameters.number(q, ProjectParameters.PAGE, 0, ProjectParameters.MAX_PAGE).orElse(0);
    int pageSize =
        QueryParameters.number(q, ProjectParameters.SIZE, 1, ProjectParameters.MAX_SIZE)
            .orElse(ProjectParameters.DEFAULT_SIZE);
    Predicate<Project> matches =
        p ->
            byKind.map(k -> p.details().kind() == k).orElse(true)
                && byStatus.map(s -> p.status() == s).orElse(true)
                && byYear.map(y -> runsIn(p.details(), y)).orElse(true);
    // One query for the sector's projects rather than each creative's profile.
    Optional<Set<ProjectId>> ofSector = bySector.map(listProjects::withCreativeIn);
    List<Project> found = new ArrayList<>();
    for (Project project : listProjects.publicProjects()) {
      if (matches.test(project) && ofSector.map(ids -> ids.contains(project.id())).orElse(true)) {
        found.add(project);
      }
    }
    long total = found.size();
    long pages = (total + pageSize - 1) / pageSize;
    List<ProjectSummaryDto> items =
        found.stream()
            .skip((long) pageNumber * pageSize)
            .limit(pageSize)
            .map(p -> ProjectSummaryDto.from(p, language))
            .toList();
    PageInfo info = new PageInfo(pageNumber, pageSize, total, pages);
    return Response.ok(ListEnvelope.of(items, PageDto.of(info)))
        .header(PagingLinks.HEADER, PagingLinks.numbered(uriInfo, ProjectParameters.PAGE, info))
        .language(language.locale())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getProject",
      summary = "Read one project",
      description =
          "One project with its texts in every language. Public projects for anyone; confidential"
              + " ones for staff and for the accounts of the members in them. The ETag goes in"
              + " If-Match to change it.")
  @APIResponse(
      responseCode = "200",
      description = "The project",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "Strong entity tag of this version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProjectDto.class)))
  @APIResponse(responseCode = "404", description = "No project with this id the caller may see")
  public Response show(
      @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathParam("id")
          String id,
      @Parameter(hidden = true) @Context SecurityContext securityContext) {
    Project project = listProjects.show(CallerActor.of(securityContext), projectId(id));
    return answer(Response.ok(), project).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "recordProject",
      summary = "Record a project",
      description =
          "Staff record a new project; it starts as an idea. volume is a JSON number of euros with"
              + " at most two decimals (a string, a negative number or more decimals are refused,"
              + " never rounded); end, when given, is not before start; creatives are active"
              + " members' slugs.")
  @SecurityRequirement(name = RestApplication.PARTNER_TOKEN)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProjectInputDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "The project as stored, at its Location, with its ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProjectDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "The body is not JSON or fields are invalid; invalidParams names each field")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not staff")
  public Response record(
      @Parameter(hidden = true) InputStream body,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Actor actor = requireStaff(securityContext);
    ProjectDetails details = ProjectInput.details(body, this::activeMember);
    Project recorded = manageProjects.record(new RecordProjectCommand(actor, details));
    URI location = URI.create(base(uriInfo) + "projects/" + recorded.id());
    return answer(Response.created(location), recorded).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "reviseProject",
      summary = "Change a project",
      description =
          "Staff replace what is recorded about a project (its status stays), with the ETag of"
              + " the version they read in If-Match: without it 428, with an old one 412. The body"
              + " is read as for recordProject.")
  @SecurityRequirement(name = RestApplication.PARTNER_TOKEN)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProjectInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The project as stored now, with its new ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProjectDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "The body is not JSON or fields are invalid; invalidParams names each field")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such project")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response revise(
      @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathParam("id")
          String id,
      @Parameter(
              in = ParameterIn.HEADER,
              name = EntityTags.IF_MATCH,
              required = true,
              description = "The ETag of the project as the editor last read it",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch,
      @Parameter(hidden = true) InputStream body,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Actor actor = requireStaff(securityContext);
    Project current = listProjects.show(actor, projectId(id));
    Response refused = precondition(ifMatch, current, uriInfo);
    if (refused != null) {
      return refused;
    }
    ProjectDetails details = ProjectInput.details(body, this::activeMember);
    try {
      Project revised =
          manageProjects.revise(
              new ReviseProjectCommand(actor, current.id(), current.version(), details));
      return answer(Response.ok(), revised).build();
    } catch (ConcurrentUpdateException stale) {
      return stale(uriInfo);
    }
  }

  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeProjectStatus",
      summary = "Move a project on",
      description =
          "Staff move a project to its next status ({\"status\": \"running\"}): idea, matching,"
              + " running, completed, or abandoned before completing; with If-Match as for"
              + " reviseProject.")
  @SecurityRequirement(name = RestApplication.PARTNER_TOKEN)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProjectStatusDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The project in its new status, with its new ETag",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProjectDto.class)))
  @APIResponse(responseCode = "400", description = "Unknown status; invalidParams names it")
  @APIResponse(responseCode = "401", description = "Not signed in")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such project")
  @APIResponse(
      responseCode = "409",
      description = "The project's current status does not lead there")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response changeStatus(
      @Parameter(description = ID_DESCRIPTION, schema = @Schema(format = "uuid")) @PathParam("id")
          String id,
      @Parameter(
              in = ParameterIn.HEADER,
              name = EntityTags.IF_MATCH,
              required = true,
              description = "The ETag of the project as the editor last read it",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch,
      @Parameter(hidden = true) InputStream body,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Actor actor = requireStaff(securityContext);
    Project current = listProjects.show(actor, projectId(id));
    Response refused = precondition(ifMatch, current, uriInfo);
    if (refused != null) {
      return refused;
    }
    ProjectStatus target = ProjectInput.status(body);
    try {
      Project moved =
          manageProjects.changeStatus(
              new ChangeProjectStatusCommand(actor, current.id(), current.version(), target));
      return answer(Response.ok(), moved).build();
    } catch (ConcurrentUpdateException stale) {
      return stale(uriInfo);
    }
  }

  /** OpenAPI only: the body of a status change. */
  @Schema(name = "ProjectStatusChange")
  public record ProjectStatusDto(
      @Schema(
              required = true,
              enumeration = {"matching", "running", "completed", "abandoned"})
          String status) {}

  /** OpenAPI only: the body of recordProject and reviseProject. */
  @Schema(name = "ProjectInput")
  public record ProjectInputDto(
      @Schema(required = true, description = "de, fr and en, at most 200 characters each")
          Map<String, String> title,
      @Schema(required = true, description = "de, fr and en, at most 5000 characters each")
          Map<String, String> description,
      @Schema(
              required = true,
              enumeration = {"cross-sector-innovation", "commission", "research", "export"})
          String kind,
      @Schema(required = true, description = "Active members' slugs, 1 to 50")
          List<String> creatives,
      @Schema(required = true) ProjectDto.PartnerDto partner,
      @Schema(required = true, format = "date") LocalDate start,
      @Schema(format = "date", description = "Not before start; absent while unknown")
          LocalDate end,
      @Schema(
              required = true,
              type = SchemaType.NUMBER,
              description = "Euros, a JSON number with at most two decimals, not negative",
              example = "12500.50")
          java.math.BigDecimal volume,
      @Schema(
              required = true,
              enumeration = {"initiated", "matched", "supported"})
          String clusterRole,
      @Schema(
              required = true,
              enumeration = {"public", "confidential"})
          String visibility) {}

  private Actor requireStaff(SecurityContext securityContext) {
    Actor actor = CallerActor.of(securityContext);
    if (actor.kind() != Actor.Kind.PERSON) {
      // Decided before the body is read, so a refused caller learns nothing from its validation.
      throw new AccessDeniedException("only staff change projects");
    }
    return actor;
  }

  private Response.ResponseBuilder answer(Response.ResponseBuilder builder, Project project) {
    builder
        .entity(ProjectDto.from(project, creatives(project)))
        .header(HttpHeaders.ETAG, etag(project))
        .header(HttpHeaders.VARY, "Authorization, Cookie");
    if (!project.isPublic()) {
      builder.cacheControl(PrivateAnswers.noStore());
    }
    return builder;
  }

  private List<ProjectDto.CreativeDto> creatives(Project project) {
    List<ProjectDto.CreativeDto> creatives = new ArrayList<>();
    for (MemberId id : project.details().creatives()) {
      publicMember(id)
          .ifPresent(
              m ->
                  creatives.add(
                      new ProjectDto.CreativeDto(m.slug().value(), m.profile().displayName())));
    }
    creatives.sort(java.util.Comparator.comparing(ProjectDto.CreativeDto::name));
    return creatives;
  }

  private Optional<PublicMemberView> publicMember(MemberId id) {
    try {
      return Optional.of(memberProfiles.show(Actor.visitor(), id).publicView());
    } catch (MemberNotFoundException | MemberMovedException gone) {
      return Optional.empty();
    }
  }

  private Optional<MemberId> activeMember(String slug) {
    try {
      return Optional.of(memberProfiles.show(Actor.visitor(), new Slug(slug)).publicView().id());
    } catch (MemberNotFoundException | MemberMovedException | IllegalArgumentException none) {
      return Optional.empty();
    }
  }

  private SectorCode sector(String value) {
    try {
      SectorCode code = new SectorCode(value.strip());
      if (listSectors.listSectors().stream().anyMatch(s -> s.code().equals(code))) {
        return code;
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new InvalidRequestParameterException(
        ProjectParameters.SECTOR, "must be a sector code (GET /api/v1/sectors)");
  }

  private static boolean runsIn(ProjectDetails details, int year) {
    LocalDate start = details.period().start();
    return start.getYear() <= year
        && details.period().end().map(e -> e.getYear() >= year).orElse(true);
  }

  static String etag(Project project) {
    return EntityTags.strong("project", project.id().toString(), Long.toString(project.version()));
  }

  /** 428 without If-Match, 412 when its tag is not the current one; null when the edit may go. */
  private static Response precondition(String ifMatch, Project current, UriInfo uriInfo) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return ProblemResponses.of(
          Response.Status.fromStatusCode(428),
          ProblemType.PRECONDITION_REQUIRED,
          "Precondition Required",
          "Send the ETag of the project you edited in If-Match, so no one else's change is"
              + " overwritten unseen.",
          uriInfo,
          List.of(new InvalidParam(EntityTags.IF_MATCH, "is required: the ETag GET answered")));
    }
    if (!EntityTags.matches(ifMatch, etag(current))) {
      return stale(uriInfo);
    }
    return null;
  }

  private static Response stale(UriInfo uriInfo) {
    return ProblemResponses.of(
        Response.Status.PRECONDITION_FAILED,
        ProblemType.STALE_VERSION,
        "Precondition Failed",
        "The project changed since you read it. GET it again, reapply your change, and send the"
            + " new ETag.",
        uriInfo,
        List.of(new InvalidParam(EntityTags.IF_MATCH, "must be the project's current ETag")));
  }

  private static String base(UriInfo uriInfo) {
    String base = uriInfo.getBaseUri().getRawPath();
    return base.endsWith("/") ? base : base + "/";
  }

  /** A path that is no project id names no project: 404, as for an id that does not exist. */
  private static ProjectId projectId(String id) {
    try {
      return ProjectId.parse(id);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ProjectNotFoundException(String.valueOf(id));
    }
  }
}
