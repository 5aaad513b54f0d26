package lu.creativecluster.adapter.rest.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.RecipientDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.RecipientList;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.inquiry.ManageRoutingUseCase;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the directory of competent bodies and experts inquiries are forwarded to. Staff
 * read it; only admins add or change an entry.
 */
@Path("staff/inquiry-recipients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inquiries")
public class InquiryRecipientResource {

  static final int MAX_BODY_CHARS = 10_000;

  @Inject ManageRoutingUseCase routing;

  @Context SecurityContext security;

  @GET
  @Operation(
      operationId = "listInquiryRecipients",
      summary = "The recipients inquiries are forwarded to",
      description = "Every institution and expert, active or not, by name. Staff only.")
  @APIResponse(
      responseCode = "200",
      description = "All recipients, in one page",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecipientList.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  public Response list() {
    List<RecipientDto> items =
        routing.recipients(actor()).stream()
            .sorted(java.util.Comparator.comparing(Recipient::name))
            .map(RecipientDto::from)
            .toList();
    long size = Math.max(items.size(), 1);
    return Response.ok(
            ListEnvelope.of(
                items, new PageDto(0, (int) size, (long) items.size(), items.isEmpty() ? 0L : 1L)))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putInquiryRecipient",
      summary = "Add or change a recipient",
      description = "Stores the recipient under this id (a UUID the client chooses). Admins only.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecipientDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The recipient as stored",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecipientDto.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields, or an id that is no UUID; invalidParams names each")
  @APIResponse(responseCode = "403", description = "Not an admin")
  @APIResponse(responseCode = "413", description = "The body is over 10,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response put(
      @Parameter(description = "The recipient's id, a UUID") @PathParam("id") String id,
      @Parameter(hidden = true) InputStream body) {
    RecipientId recipientId;
    try {
      recipientId = RecipientId.parse(id);
    } catch (IllegalArgumentException malformed) {
      throw new InvalidRequestParameterException("id", "must be a UUID");
    }
    Recipient recipient = read(recipientId, InquiryJson.read(body, MAX_BODY_CHARS));
    routing.putRecipient(actor(), recipient);
    return Response.ok(RecipientDto.from(recipient)).cacheControl(PrivateAnswers.noStore()).build();
  }

  private static Recipient read(RecipientId id, InquiryJson json) {
    Optional<Recipient.Kind> kind =
        json.parsed(
            "kind",
            json.requiredString("kind", "must be one of: institution, expert"),
            c -> Recipient.Kind.fromCode(c).orElseThrow(),
            "must be one of: institution, expert");
    String name = json.string("name");
    Optional<Email> email =
        json.parsed(
            "email",
            json.requiredString("email", "must be an e-mail address"),
            Email::new,
            "must be an e-mail address");
    String phone = json.string("phone");
    Set<Language> languages =
        json.strings("languages", 3).stream()
            .map(
                l ->
                    Language.fromTag(l)
                        .filter(x -> x.code().equals(l))
                        .orElseGet(
                            () -> {
                              json.error("languages", "must be some of: de, fr, en");
                              return Language.DEFAULT;
                            }))
            .collect(Collectors.toSet());
    Set<InquiryTopic> topics =
        json.strings("topics", InquiryTopic.values().length).stream()
            .map(
                t ->
                    InquiryTopic.fromCode(t)
                        .orElseGet(
                            () -> {
                              json.error("topics", "must be topic codes");
                              return InquiryTopic.OTHER;
                            }))
            .collect(Collectors.toSet());
    Set<SectorCode> sectors =
        json.strings("sectors", 12).stream()
            .map(s -> json.parsed("sectors", s, SectorCode::new, "must be sector codes"))
            .flatMap(Optional::stream)
            .collect(Collectors.toSet());
    boolean active = !json.has("active") || json.flag("active");
    json.done();
    return new Recipient(
        id,
        kind.orElseThrow(),
        name,
        Optional.empty(),
        email.orElseThrow(),
        phone,
        languages,
        topics,
        sectors,
        active);
  }

  private Actor actor() {
    return CallerActor.of(security);
  }
}
