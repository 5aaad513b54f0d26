package lu.creativecluster.adapter.rest.sector;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import lu.creativecluster.adapter.rest.language.LanguageNegotiation;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.application.port.in.sector.SectorNotFoundException;
import lu.creativecluster.application.port.in.sector.ShowSectorUseCase;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST adapter: the sectors of the creative industries, read-only and public (no credentials). */
@Path("sectors")
// One instance: it keeps no per-request state, and a request-scoped resource costs a CDI creation,
// injection and validation on every call of the most-read endpoint.
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sectors")
public class SectorResource {

  /** Reference data changes with a release, not by the minute. */
  private static final int MAX_AGE_SECONDS = 3600;

  private static final String LANG_DESCRIPTION =
      "Language of the texts (de, fr, en). Overrides Accept-Language; default en.";

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ListSectorsUseCase listSectors;
  @Inject ShowSectorUseCase showSector;

  @GET
  @Operation(
      operationId = "listSectors",
      summary = "List the sectors",
      description = "All 12 sectors of the creative industries, in the cluster's published order.")
  @APIResponse(
      responseCode = "200",
      description = "The sectors",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.ARRAY, implementation = SectorDto.class)))
  @APIResponse(responseCode = "400", description = "Unsupported language in ?lang=")
  public Response list(
      @Parameter(
              description = LANG_DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"de", "fr", "en"}))
          @QueryParam("lang")
          String lang,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    List<SectorDto> sectors =
        listSectors.listSectors().stream().map(s -> SectorDto.from(s, language)).toList();
    return localized(Response.ok(sectors), language);
  }

  @GET
  @Path("{code}")
  @Operation(
      operationId = "getSector",
      summary = "Read one sector",
      description = "One sector by its stable code.")
  @APIResponse(
      responseCode = "200",
      description = "The sector",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SectorDto.class)))
  @APIResponse(responseCode = "404", description = "No sector has this code")
  @APIResponse(responseCode = "400", description = "Unsupported language in ?lang=")
  public Response show(
      @Parameter(description = "Code of the sector", example = "music") @PathParam("code")
          String code,
      @Parameter(
              description = LANG_DESCRIPTION,
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      enumeration = {"de", "fr", "en"}))
          @QueryParam("lang")
          String lang,
      @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    Language language = LanguageNegotiation.choose(lang, acceptLanguage);
    SectorDto sector = SectorDto.from(showSector.showSector(parseCode(code)), language);
    return localized(Response.ok(sector), language);
  }

  /** A code that is not even well-formed names no sector: the same 404 as an unknown one. */
  private static SectorCode parseCode(String raw) {
    try {
      return new SectorCode(raw);
    } catch (IllegalArgumentException malformed) {
      throw new SectorNotFoundException(raw);
    }
  }

  private static Response localized(Response.ResponseBuilder builder, Language language) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(MAX_AGE_SECONDS);
    return builder
        .language(language.locale())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .cacheControl(cache)
        .build();
  }
}
