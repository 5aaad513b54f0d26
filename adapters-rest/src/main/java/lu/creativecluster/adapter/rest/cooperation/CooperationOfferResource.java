package lu.creativecluster.adapter.rest.cooperation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.rest.RestApplication;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.cooperation.StaffCooperationDtos.OfferInputDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.SubmittedDto;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.cooperation.SubmitCooperationOfferUseCase;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
 * REST adapter: a partner system offers the cluster's members an opportunity abroad. The offer
 * becomes an inquiry of kind offer (topic partners) in the staff inbox, whose routing suggestion
 * names the matching members. Partner systems with {@code cooperation:write} only.
 */
@Path("cooperation-offers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation")
public class CooperationOfferResource {

  static final int MAX_BODY_CHARS = 20_000;
  private static final String LANGUAGES = "must be one of: de, fr, en";

  @Inject SubmitCooperationOfferUseCase offers;
  @Inject ListSectorsUseCase listSectors;

  @Context SecurityContext security;
  @Context UriInfo uriInfo;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "submitCooperationOffer",
      summary = "Offer the cluster's members an opportunity abroad",
      description =
          "A partner system posts an opportunity (a call for exhibitors, a buyer looking for"
              + " suppliers, a co-production). It enters the cluster's inquiry routing as an"
              + " offer: staff see it in their inbox with the members whose sectors and keywords"
              + " match, and the contact gets the tracking link by mail. The body is checked"
              + " only for a token with the scope; a refused body stores nothing.")
  @SecurityRequirement(
      name = RestApplication.PARTNER_TOKEN,
      scopes = SubmitCooperationOfferUseCase.WRITE_SCOPE)
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(implementation = OfferInputDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Received; the body carries the tracking token",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "The tracking address",
              schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubmittedDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "401", description = "No valid bearer token")
  @APIResponse(responseCode = "403", description = "The token lacks cooperation:write")
  @APIResponse(responseCode = "413", description = "The body is over 20,000 characters")
  public Response offer(@Parameter(hidden = true) InputStream body) {
    Actor actor = CallerActor.of(security);
    // Refused before the body is read: a caller without the scope learns nothing from its checks.
    if (actor.kind() != Actor.Kind.PARTNER
        || !actor.hasScope(SubmitCooperationOfferUseCase.WRITE_SCOPE)) {
      throw new AccessDeniedException(
          "posting offers needs a partner token with " + SubmitCooperationOfferUseCase.WRITE_SCOPE);
    }
    SubmittedInquiry submitted =
        offers.offer(actor, offer(CooperationJson.read(body, MAX_BODY_CHARS)));
    String base = uriInfo == null ? "/api/v1/" : uriInfo.getBaseUri().getRawPath();
    String tracking =
        (base.endsWith("/") ? base : base + "/") + "inquiries/" + submitted.trackingToken();
    return Response.created(URI.create(tracking))
        .cacheControl(PrivateAnswers.noStore())
        .entity(
            new SubmittedDto(submitted.trackingToken(), tracking, submitted.dueDate(), "received"))
        .build();
  }

  private SubmitCooperationOfferUseCase.Offer offer(CooperationJson json) {
    Optional<SectorCode> sector =
        json.optional("sector", SectorCode::new, CooperationInput.SECTORS)
            .filter(s -> knownSectors().contains(s));
    if (!json.string("sector").isBlank() && sector.isEmpty()) {
      json.error("sector", CooperationInput.SECTORS);
    }
    String message = json.string("message");
    if (message.isBlank() || message.length() > Inquiry.MAX_MESSAGE) {
      json.error("message", "must have 1 to " + Inquiry.MAX_MESSAGE + " characters");
    }
    String contactName = json.string("contactName");
    if (contactName.isBlank() || contactName.length() > Asker.MAX_NAME) {
      json.error("contactName", "must have 1 to " + Asker.MAX_NAME + " characters");
    }
    Optional<Email> email = json.parsed("email", Email::new, "must be an e-mail address");
    String organisation = json.string("organisation");
    if (organisation.isBlank() || organisation.length() > Asker.MAX_ORGANISATION) {
      json.error("organisation", "must have 1 to " + Asker.MAX_ORGANISATION + " characters");
    }
    Optional<Language> language =
        json.parsed(
            "language",
            c -> Set.of("de", "fr", "en").contains(c) ? Language.fromTag(c).orElseThrow() : null,
            LANGUAGES);
    if (language.isEmpty()) {
      json.error("language", LANGUAGES);
    }
    boolean consent = json.flag("consent", false);
    if (!consent) {
      json.error("consent", "must be true: the contact agrees that the cluster processes it");
    }
    json.done();
    return new SubmitCooperationOfferUseCase.Offer(
        sector,
        message,
        contactName,
        email.orElseThrow(),
        organisation,
        language.orElseThrow(),
        consent);
  }

  private Set<SectorCode> knownSectors() {
    return listSectors.listSectors().stream().map(s -> s.code()).collect(Collectors.toSet());
  }
}
