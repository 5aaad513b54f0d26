package lu.creativecluster.adapter.rest.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.AskerViewDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.MessageInputDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.SubmissionDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.SubmittedDto;
import lu.creativecluster.application.port.in.inquiry.AddFollowUpUseCase;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.application.port.in.inquiry.TrackInquiryUseCase;
import lu.creativecluster.application.port.in.sector.ListSectorsUseCase;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryTopic;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: asking the cluster. Anyone submits a question or an offer and follows it with the
 * private tracking token the answer and the confirmation mail give; the token is the only key, so
 * an unknown, expired or anonymised one is the same 404. Answers about an inquiry say {@code
 * no-store} to browsers and proxies (they carry personal data); the server itself replays a
 * tracking answer to the token's holder until any inquiry changes ({@code
 * PublicAnswerReplayFilter}).
 */
@Path("inquiries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inquiries")
public class InquiryResource {

  /** Far more than a valid submission needs (a 5,000-character message and the other fields). */
  static final int MAX_SUBMISSION_CHARS = 20_000;

  static final int MAX_MESSAGE_CHARS = 12_000;

  /** Tokens are 43 characters; anything much longer is no token and is not even hashed. */
  static final int MAX_TOKEN_LENGTH = 128;

  private static final String TOKEN = "The private tracking token of the confirmation mail";
  private static final String TOPICS =
      "must be one of: intellectual-property, funding, export, crafts, legal-status, partners,"
          + " events, other";

  @Inject SubmitInquiryUseCase submitInquiry;
  @Inject TrackInquiryUseCase trackInquiry;
  @Inject AddFollowUpUseCase addFollowUp;
  @Inject ListSectorsUseCase listSectors;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "submitInquiry",
      summary = "Ask the cluster a question or make an offer",
      description =
          "Stores the inquiry and queues the confirmation mail, with the private tracking link, in"
              + " one transaction. Consent is required; `website` is a trap for robots and must be"
              + " left empty. A refused body stores nothing: 400 names every invalid field, 413"
              + " answers a body over 20,000 characters, 415 any content type but JSON. Counted"
              + " against the per-client rate limit like every call.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmissionDto.class)))
  @APIResponse(
      responseCode = "201",
      description = "Received; the body carries the tracking token",
      headers =
          @Header(
              name = HttpHeaders.LOCATION,
              description = "The tracking address",
              schema = @Schema(type = SchemaType.STRING)),
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SubmittedDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields; invalidParams names each")
  @APIResponse(responseCode = "413", description = "The body is over 20,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response submit(
      @Parameter(hidden = true) InputStream body, @Parameter(hidden = true) @Context UriInfo uri) {
    SubmitInquiryCommand command = submission(InquiryJson.read(body, MAX_SUBMISSION_CHARS));
    SubmittedInquiry submitted = submitInquiry.submit(command);
    String tracking = trackingPath(uri, submitted.trackingToken());
    return Response.created(URI.create(tracking))
        .cacheControl(PrivateAnswers.noStore())
        .entity(
            new SubmittedDto(submitted.trackingToken(), tracking, submitted.dueDate(), "received"))
        .build();
  }

  @GET
  @Path("{token}")
  @Operation(
      operationId = "trackInquiry",
      summary = "Follow an inquiry by its tracking token",
      description =
          "What the asker sees: their message, the status, the due date, the answer once given"
              + " and the follow-up messages; never who it was forwarded to nor staff notes.")
  @APIResponse(
      responseCode = "200",
      description = "The inquiry as its asker sees it",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AskerViewDto.class)))
  @APIResponse(
      responseCode = "404",
      description = "No inquiry has this token, or it was anonymised")
  public Response track(
      @Parameter(description = TOKEN, example = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c")
          @PathParam("token")
          String token) {
    return Response.ok(AskerViewDto.from(trackInquiry.track(token(token))))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  @POST
  @Path("{token}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addInquiryMessage",
      summary = "Add a follow-up message to an inquiry",
      description =
          "The asker adds a message to an inquiry that is not closed; if it was forwarded, the"
              + " recipient gets it by mail.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MessageInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The inquiry with the new message",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AskerViewDto.class)))
  @APIResponse(responseCode = "400", description = "message is missing, too long or not text")
  @APIResponse(responseCode = "404", description = "No inquiry has this token")
  @APIResponse(responseCode = "409", description = "The inquiry is closed or rejected")
  @APIResponse(responseCode = "413", description = "The body is over 12,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response addMessage(
      @Parameter(description = TOKEN) @PathParam("token") String token,
      @Parameter(hidden = true) InputStream body) {
    String valid = token(token);
    InquiryJson json = InquiryJson.read(body, MAX_MESSAGE_CHARS);
    String message = json.string("message");
    json.done();
    return Response.ok(AskerViewDto.from(addFollowUp.addFollowUp(valid, message)))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  /** Reads every field, so one 400 names all that are wrong; the domain checks the texts. */
  SubmitInquiryCommand submission(InquiryJson json) {
    Optional<InquiryKind> kind =
        json.parsed(
            "kind",
            json.requiredString("kind", "must be one of: question, offer"),
            c -> InquiryKind.fromCode(c).orElseThrow(),
            "must be one of: question, offer");
    Optional<InquiryTopic> topic =
        json.parsed(
            "topic",
            json.requiredString("topic", TOPICS),
            c -> InquiryTopic.fromCode(c).orElseThrow(),
            TOPICS);
    String sectorText = json.string("sector");
    Optional<SectorCode> sector = Optional.empty();
    if (!sectorText.isBlank() && !json.hasError("sector")) {
      sector =
          json.parsed("sector", sectorText, SectorCode::new, "must be a sector code")
              .filter(s -> knownSectors().contains(s));
      if (sector.isEmpty()) {
        json.error("sector", "must be a sector code of GET /api/v1/sectors");
      }
    }
    String message = json.string("message");
    checkText(json, "message", message, Inquiry.MAX_MESSAGE);
    String name = json.string("name");
    checkText(json, "name", name, Asker.MAX_NAME);
    Optional<Email> email =
        json.parsed(
            "email",
            json.requiredString("email", "must be an e-mail address"),
            Email::new,
            "must be an e-mail address");
    String organisation = json.string("organisation");
    checkText(json, "organisation", organisation, Asker.MAX_ORGANISATION);
    Optional<Language> language =
        json.parsed(
            "language",
            json.requiredString("language", "must be one of: de, fr, en"),
            c -> Set.of("de", "fr", "en").contains(c) ? Language.fromTag(c).orElseThrow() : null,
            "must be one of: de, fr, en");
    if (language.isEmpty()) {
      json.error("language", "must be one of: de, fr, en");
    }
    boolean consent = json.flag("consent");
    if (!consent && !json.hasError("consent")) {
      json.error("consent", "must be true: we need your consent to process the inquiry");
    }
    if (!json.string("website").isEmpty() || json.hasError("website")) {
      json.error("website", "must be left empty");
    }
    json.done();
    return new SubmitInquiryCommand(
        kind.orElseThrow(),
        topic.orElseThrow(),
        sector,
        message,
        name,
        email.orElseThrow(),
        organisation,
        language.orElseThrow(),
        consent);
  }

  /** Only the length here (the domain checks the rest), so a huge field is named at once. */
  private static void checkText(InquiryJson json, String field, String text, int max) {
    if (text.length() > max) {
      json.error(field, "has at most " + max + " characters");
    }
  }

  private Set<SectorCode> knownSectors() {
    return listSectors.listSectors().stream().map(s -> s.code()).collect(Collectors.toSet());
  }

  static String token(String raw) {
    if (raw == null || raw.isEmpty() || raw.length() > MAX_TOKEN_LENGTH) {
      throw new InquiryNotFoundException();
    }
    return raw;
  }

  /** Relative to this server, never built from the Host header. */
  static String trackingPath(UriInfo uri, String token) {
    String base = uri == null ? "/api/v1/" : uri.getBaseUri().getRawPath();
    return (base.endsWith("/") ? base : base + "/") + "inquiries/" + token;
  }
}
