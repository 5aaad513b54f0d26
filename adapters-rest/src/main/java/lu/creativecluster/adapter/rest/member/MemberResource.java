package lu.creativecluster.adapter.rest.member;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.rest.RestApplication;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.http.EntityTags;
import lu.creativecluster.adapter.rest.json.JsonReaders;
import lu.creativecluster.adapter.rest.list.FacetValueDto;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.adapter.rest.list.PagingLinks;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.ProblemResponses;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.MemberNotFoundException;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSearchResult;
import lu.creativecluster.application.port.in.member.MemberView;
import lu.creativecluster.application.port.in.member.MembershipDecision;
import lu.creativecluster.application.port.in.member.ReviewMembershipCommand;
import lu.creativecluster.application.port.in.member.ReviewMembershipUseCase;
import lu.creativecluster.application.port.in.member.SearchMembersUseCase;
import lu.creativecluster.application.port.in.member.ShowMemberProfileUseCase;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileCommand;
import lu.creativecluster.application.port.in.member.UpdateMemberProfileUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MissingReasonException;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.sector.SectorCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
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
 * REST adapter: the member directory. Searching and reading profiles is public (the public view of
 * active members); the member itself and staff read the whole record and change it, with the
 * version they saw in {@code If-Match}, so no edit overwrites another unseen.
 */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MemberResource {

  static final String PAGE = "page";
  private static final String SLUG_DESCRIPTION = "The member's slug, as search results give it";
  private static final String REPEATABLE = " Repeat the parameter for any of several values (OR).";

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject SearchMembersUseCase searchMembers;
  @Inject ShowMemberProfileUseCase showProfile;
  @Inject UpdateMemberProfileUseCase updateProfile;
  @Inject ReviewMembershipUseCase reviewMembership;
  @Inject ListSectorsUseCase listSectors;
  @Inject Clock clock;

  @GET
  @Operation(
      operationId = "searchMembers",
      summary = "Search the member directory",
      description =
          "Active members matching the free text `q` (name, pitch, description in every language,"
              + " keywords and skills; accents and small typos forgiven) and the filters: within a"
              + " filter any value matches, across filters all must. The answer carries the page,"
              + " the total and, for sector, country, market, language and kind, how many results"
              + " each value would leave. Link headers (RFC 8288) lead to the first, previous, next"
              + " and last page with the same parameters.")
  @APIResponse(
      responseCode = "200",
      description = "A page of results with facet counts",
      headers =
          @Header(
              name = PagingLinks.HEADER,
              description =
                  "rel=\"first\", \"prev\", \"next\", \"last\": relative references to the other"
                      + " pages, the query otherwise unchanged",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MemberList.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "A parameter is malformed, names an unknown value or is out of range; invalidParams"
              + " names it")
  @APIResponse(
      responseCode = "403",
      description = "status other than active asked for by someone who is not staff")
  public Response search(
      @Parameter(description = "Free text, at most 200 characters", example = "motion design")
          @QueryParam("q")
          String q,
      @Parameter(
              description = "Sector code (GET /api/v1/sectors)." + REPEATABLE,
              explode = Explode.TRUE)
          @QueryParam("sector")
          List<String> sector,
      @Parameter(
              description = "Country the member is based in, ISO 3166-1 alpha-2." + REPEATABLE,
              explode = Explode.TRUE)
          @QueryParam("country")
          List<String> country,
      @Parameter(
              description = "Market served today, ISO 3166-1 alpha-2." + REPEATABLE,
              explode = Explode.TRUE)
          @QueryParam("market")
          List<String> market,
      @Parameter(
              description = "Market the member wants to reach, ISO 3166-1 alpha-2." + REPEATABLE,
              explode = Explode.TRUE)
          @QueryParam("wants")
          List<String> wants,
      @Parameter(description = "Language spoken, BCP 47." + REPEATABLE, explode = Explode.TRUE)
          @QueryParam("language")
          List<String> language,
      @Parameter(
              description =
                  "Kind of member: freelancer, company, association or institution." + REPEATABLE,
              explode = Explode.TRUE)
          @QueryParam("kind")
          List<String> kind,
      @Parameter(
              description = "Keyword the member chose (exact, case-insensitive)." + REPEATABLE,
              explode = Explode.TRUE)
          @QueryParam("keyword")
          List<String> keyword,
      @Parameter(
              description =
                  "Staff only: member status to search, default active (applied, active,"
                      + " rejected, suspended, left, merged, erased)."
                      + REPEATABLE,
              explode = Explode.TRUE)
          @QueryParam("status")
          List<String> status,
      @Parameter(
              description = "Order: relevance (by name without q), name, newest",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"relevance", "name", "newest"},
                      defaultValue = "relevance"))
          @QueryParam("sort")
          String sort,
      @Parameter(
              description = "Page number, from 0",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "0",
                      maximum = "10000",
                      defaultValue = "0"))
          @QueryParam(PAGE)
          String page,
      @Parameter(
              description = "Results per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "20"))
          @QueryParam("size")
          String size,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    // The parameters above document the operation; the query reads them all from one map, so the
    // rules of which parameter may repeat live in one place (MemberSearchQuery).
    MemberSearchQuery query = MemberSearchQuery.fromParameters(uriInfo.getQueryParameters());
    MemberSearchResult result = searchMembers.search(CallerActor.of(securityContext), query);
    ListEnvelope<MemberSummaryDto> body =
        ListEnvelope.of(
            result.items().stream().map(MemberSummaryDto::from).toList(),
            PageDto.of(result.page()),
            facets(result));
    Response.ResponseBuilder answer =
        Response.ok(body)
            .header(PagingLinks.HEADER, PagingLinks.numbered(uriInfo, PAGE, result.page()));
    if (!query.onlyActive()) {
      answer.cacheControl(PrivateAnswers.noStore());
    }
    return answer.build();
  }

  @GET
  @Path("{slug}")
  @Operation(
      operationId = "getMember",
      summary = "Read a member's profile",
      description =
          "One member's profile. Everyone, partner systems included (with or without scope"
              + " members:read), gets the public view of an active member: the profile and the"
              + " contact fields the member agreed to show. The member's own account also gets"
              + " status, every contact field with its consent, legal name and VAT/RCS number;"
              + " staff also get internal notes, in any status. The ETag (strong) changes with"
              + " every edit and differs per view; send it in If-None-Match to get 304 while"
              + " nothing changed, and in If-Match to change the profile. A member merged into"
              + " another answers 301 to the survivor's profile.")
  @APIResponse(
      responseCode = "200",
      description = "The profile, in the view the caller may see",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "Strong entity tag of this representation",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MemberProfileDto.class)))
  @APIResponse(
      responseCode = "301",
      description = "The member was merged into another; Location is the survivor's profile",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "Path of the surviving member's profile",
              schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(responseCode = "304", description = "The If-None-Match tag is still current")
  @APIResponse(responseCode = "404", description = "No member at this slug that the caller may see")
  public Response show(
      @Parameter(description = SLUG_DESCRIPTION, example = "atelier-nord") @PathParam("slug")
          String slug,
      @Parameter(
              in = ParameterIn.HEADER,
              name = EntityTags.IF_NONE_MATCH,
              description = "The ETag of the copy the client holds",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(EntityTags.IF_NONE_MATCH)
          String ifNoneMatch,
      @Parameter(hidden = true) @Context SecurityContext securityContext) {
    Actor actor = CallerActor.of(securityContext);
    MemberView view = showProfile.show(actor, slug(slug));
    MemberViewKind kind = MemberViewKind.of(actor, view);
    String etag = etag(view, kind);
    if (EntityTags.noneMatchFails(ifNoneMatch, etag)) {
      return cached(Response.notModified(), etag, kind).build();
    }
    return cached(Response.ok(dto(view, kind)), etag, kind).build();
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateMember",
      summary = "Change a member's profile",
      description =
          "Replaces the profile, contact details (and which of them to show) and private details"
              + " of a member: the member's own account or staff only. Send the whole profile as"
              + " GET answers it (fields the server owns are ignored; internal notes are taken"
              + " from staff only) with the ETag of that answer in If-Match: without it the answer"
              + " is 428, with a tag that is no longer current 412 (GET again, reapply, retry).")
  @SecurityRequirement(name = RestApplication.PARTNER_TOKEN)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MemberProfileDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The profile as stored now, with its new ETag",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "Strong entity tag of the new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MemberProfileDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "The body is not JSON or fields are invalid; invalidParams names each field")
  @APIResponse(
      responseCode = "403",
      description = "Neither staff nor the member's own account (partner systems never are)")
  @APIResponse(responseCode = "404", description = "No member at this slug the caller may see")
  @APIResponse(
      responseCode = "409",
      description = "The record was merged or erased and no longer changes")
  @APIResponse(responseCode = "412", description = "The If-Match tag is no longer current")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @Parameter(description = SLUG_DESCRIPTION, example = "atelier-nord") @PathParam("slug")
          String slug,
      @Parameter(
              in = ParameterIn.HEADER,
              name = EntityTags.IF_MATCH,
              required = true,
              description = "The ETag of the profile as the editor last read it",
              schema = @Schema(type = SchemaType.STRING))
          @HeaderParam(EntityTags.IF_MATCH)
          String ifMatch,
      @Parameter(hidden = true) InputStream body,
      @Parameter(hidden = true) @Context SecurityContext securityContext,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    Actor actor = CallerActor.of(securityContext);
    MemberView view = showProfile.show(actor, slug(slug));
    if (!view.isComplete()) {
      throw new AccessDeniedException("only staff or the member itself change a profile");
    }
    MemberViewKind kind = MemberViewKind.of(actor, view);
    Member current = view.full().orElseThrow();
    Response refused = precondition(ifMatch, etag(view, kind), uriInfo);
    if (refused != null) {
      return refused;
    }
    MemberProfileInput.Parsed input =
        MemberProfileInput.parse(
            JsonBodies.read(body, MemberProfileInput.MAX_BODY_CHARS),
            knownSectors()::contains,
            Year.now(clock));
    Member updated;
    try {
      updated =
          updateProfile.update(
              new UpdateMemberProfileCommand(
                  actor,
                  current.id(),
                  current.version(),
                  input.profile(),
                  input.email(),
                  input.phone(),
                  input.showEmail(),
                  input.showPhone(),
                  input.privateDetails()));
    } catch (ConcurrentUpdateException stale) {
      return stale(uriInfo);
    }
    return fullAnswer(updated, kind);
  }

  @POST
  @Path("{slug}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "decideMembership",
      summary = "Decide about a membership",
      description =
          "Staff approve or reject an application, suspend or reinstate a member, or record that"
              + " it left (the member's own account may also leave). Reject and suspend need a"
              + " reason, which the member's history keeps.")
  @SecurityRequirement(name = RestApplication.PARTNER_TOKEN)
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MembershipDecisionDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The member after the decision, in the caller's view",
      headers =
          @Header(
              name = HttpHeaders.ETAG,
              description = "Strong entity tag of the new version",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MemberProfileDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "Unknown decision, or a reject or suspend without a reason")
  @APIResponse(responseCode = "403", description = "Not staff (nor, to leave, the member)")
  @APIResponse(responseCode = "404", description = "No member at this slug the caller may see")
  @APIResponse(
      responseCode = "409",
      description = "The member's status does not allow this decision now")
  public Response decide(
      @Parameter(description = SLUG_DESCRIPTION, example = "atelier-nord") @PathParam("slug")
          String slug,
      @Parameter(hidden = true) InputStream body,
      @Parameter(hidden = true) @Context SecurityContext securityContext) {
    Actor actor = CallerActor.of(securityContext);
    MemberView view = showProfile.show(actor, slug(slug));
    if (!view.isComplete()) {
      throw new AccessDeniedException("only staff (or the member, to leave) decide");
    }
    MembershipDecisionDto decision =
        MembershipDecisionDto.parse(JsonBodies.read(body, MembershipDecisionDto.MAX_BODY_CHARS));
    MembershipDecision chosen =
        MembershipDecision.fromCode(decision.decision())
            .orElseThrow(() -> invalidField("decision", MembershipDecisionDto.VALID_DECISIONS));
    Member decided;
    try {
      decided =
          reviewMembership.decide(
              new ReviewMembershipCommand(
                  actor, view.full().orElseThrow().id(), chosen, decision.reason()));
    } catch (MissingReasonException missing) {
      throw invalidField("reason", "is required to " + chosen.code());
    }
    return fullAnswer(decided, MemberViewKind.of(actor, view));
  }

  /** The path of a member's profile, for redirects: relative, never from the Host header. */
  static String profilePath(UriInfo uriInfo, String slug) {
    String base = uriInfo == null ? "/api/v1/" : uriInfo.getBaseUri().getRawPath();
    return (base.endsWith("/") ? base : base + "/") + "members/" + slug;
  }

  /** A slug that is not even well-formed names no member: the same 404 as an unknown one. */
  private static Slug slug(String raw) {
    try {
      return new Slug(raw);
    } catch (IllegalArgumentException | NullPointerException malformed) {
      throw new MemberNotFoundException("at this address");
    }
  }

  private static Map<String, List<FacetValueDto>> facets(MemberSearchResult result) {
    Map<String, List<FacetValueDto>> facets = new LinkedHashMap<>();
    for (Facet facet : Facet.values()) {
      facets.put(
          facet.parameter(),
          result.facet(facet).stream().map(c -> new FacetValueDto(c.value(), c.count())).toList());
    }
    return facets;
  }

  static String etag(MemberView view, MemberViewKind kind) {
    return EntityTags.strong(
        view.publicView().id().toString(), Long.toString(view.publicView().version()), kind.code());
  }

  private static MemberProfileDto dto(MemberView view, MemberViewKind kind) {
    return kind == MemberViewKind.PUBLIC
        ? MemberProfileDto.publicView(view.publicView())
        : MemberProfileDto.fullView(view.full().orElseThrow(), kind);
  }

  private static Response fullAnswer(Member member, MemberViewKind kind) {
    MemberView view = new MemberView(member.publicView(), java.util.Optional.of(member));
    return cached(Response.ok(MemberProfileDto.fullView(member, kind)), etag(view, kind), kind)
        .build();
  }

  /**
   * The public view may be stored but is revalidated every time (a 304 is cheap); the owner's and
   * staff's views hold private data and are never stored. Both depend on the credentials sent.
   */
  private static Response.ResponseBuilder cached(
      Response.ResponseBuilder builder, String etag, MemberViewKind kind) {
    CacheControl cache;
    if (kind == MemberViewKind.PUBLIC) {
      cache = new CacheControl();
      cache.setNoCache(true);
      cache.setNoTransform(false);
    } else {
      cache = PrivateAnswers.noStore();
    }
    return builder
        .header(HttpHeaders.ETAG, etag)
        .header(HttpHeaders.VARY, "Authorization, Cookie")
        .cacheControl(cache);
  }

  /** 428 without If-Match, 412 when its tag is not the current one; null when the edit may go. */
  private static Response precondition(String ifMatch, String current, UriInfo uriInfo) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return ProblemResponses.of(
          Response.Status.fromStatusCode(428),
          ProblemType.PRECONDITION_REQUIRED,
          "Precondition Required",
          "Send the ETag of the profile you edited in If-Match, so no one else's change is"
              + " overwritten unseen.",
          uriInfo,
          List.of(new InvalidParam(EntityTags.IF_MATCH, "is required: the ETag GET answered")));
    }
    if (!EntityTags.matches(ifMatch, current)) {
      return stale(uriInfo);
    }
    return null;
  }

  private static Response stale(UriInfo uriInfo) {
    return ProblemResponses.of(
        Response.Status.PRECONDITION_FAILED,
        ProblemType.STALE_VERSION,
        "Precondition Failed",
        "The profile changed since you read it. GET it again, reapply your change, and send the"
            + " new ETag.",
        uriInfo,
        List.of(new InvalidParam(EntityTags.IF_MATCH, "must be the profile's current ETag")));
  }

  private Set<SectorCode> knownSectors() {
    return listSectors.listSectors().stream().map(s -> s.code()).collect(Collectors.toSet());
  }

  private static InvalidBodyException invalidField(String name, String reason) {
    return new InvalidBodyException(List.of(new InvalidParam(name, reason)));
  }

  /** REST DTO: a staff decision about a membership. */
  @Schema(name = "MembershipDecision")
  public record MembershipDecisionDto(
      @Schema(
              required = true,
              enumeration = {"approve", "reject", "suspend", "reinstate", "leave"})
          String decision,
      @Schema(description = "Why; required to reject or suspend", maxLength = 2000) String reason) {

    static final int MAX_BODY_CHARS = 10_000;

    static final String VALID_DECISIONS =
        "must be one of: approve, reject, suspend, reinstate, leave";

    static MembershipDecisionDto parse(String body) {
      JsonObject json;
      try (JsonReader reader = JsonReaders.of(body == null ? "" : body)) {
        JsonValue value = reader.readValue();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
          throw invalidField("body", "must be a JSON object with decision and reason");
        }
        json = value.asJsonObject();
      } catch (JsonException | IllegalStateException malformed) {
        throw invalidField("body", "must be a JSON object with decision and reason");
      }
      if (!(json.get("decision") instanceof JsonString decision)) {
        throw invalidField("decision", VALID_DECISIONS);
      }
      JsonValue reason = json.get("reason");
      if (reason != null
          && reason.getValueType() != JsonValue.ValueType.NULL
          && !(reason instanceof JsonString)) {
        throw invalidField("reason", "must be a string");
      }
      String text = reason instanceof JsonString s ? s.getString() : "";
      if (text.length() > 2000
          || text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
        throw invalidField("reason", "has at most 2000 characters and no control characters");
      }
      return new MembershipDecisionDto(decision.getString(), text);
    }
  }
}
