package lu.creativecluster.adapter.rest.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.cooperation.ListPartnersUseCase;
import lu.creativecluster.domain.member.CountryCode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** REST adapter: the cluster's partner network abroad, public. */
@Path("partners")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation")
public class PartnerResource {

  static final String COUNTRY = "country";

  // Field injection: RESTEasy requires a public constructor it can call itself.
  @Inject ListPartnersUseCase listPartners;

  @GET
  @Operation(
      operationId = "listPartners",
      summary = "List the partner network",
      description =
          "The partner organisations abroad (clusters, networks, chambers, agencies,"
              + " institutions) with the cooperations the cluster has with each, by country code"
              + " then name. The network is small: the whole list is one page.")
  @APIResponse(
      responseCode = "200",
      description = "The partners",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PartnerList.class)))
  @APIResponse(
      responseCode = "400",
      description = "country is not an ISO 3166-1 alpha-2 code; invalidParams names it")
  public Response list(
      @Parameter(description = "Only partners in this country, ISO 3166-1 alpha-2", example = "DE")
          @QueryParam(COUNTRY)
          String country,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    List<String> countries = uriInfo.getQueryParameters().getOrDefault(COUNTRY, List.of());
    if (countries.size() > 1) {
      throw new InvalidRequestParameterException(COUNTRY, "may be given once");
    }
    Optional<CountryCode> filter = Optional.empty();
    if (country != null) {
      try {
        filter = Optional.of(CountryCode.of(country));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestParameterException(
            COUNTRY, "must be an ISO 3166-1 alpha-2 country code, e.g. DE");
      }
    }
    List<PartnerDto> partners =
        listPartners.byCountry(filter).stream()
            .flatMap(group -> group.partners().stream())
            .map(PartnerDto::from)
            .toList();
    PageDto page = new PageDto(0, Math.max(partners.size(), 1), (long) partners.size(), 1L);
    return Response.ok(ListEnvelope.of(partners, page)).build();
  }
}
