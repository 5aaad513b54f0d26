package lu.creativecluster.adapter.rest.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.RecipientViewDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.TextInputDto;
import lu.creativecluster.application.port.in.inquiry.RecipientReplyUseCase;
import lu.creativecluster.application.port.in.inquiry.RecipientView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the recipient of a forwarded inquiry, without an account, reads it and answers or
 * declines through the private token of the forwarding mail. The token stops working when the
 * inquiry is closed or forwarded elsewhere (404, like an unknown one).
 */
@Path("inquiry-replies/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inquiries")
public class InquiryReplyResource {

  static final int MAX_BODY_CHARS = 25_000;

  private static final String TOKEN = "The private token of the forwarding mail";

  @Inject RecipientReplyUseCase reply;

  @GET
  @Operation(
      operationId = "getForwardedInquiry",
      summary = "Read an inquiry forwarded to you",
      description =
          "The inquiry, who asked (name and organisation; the answer goes through the platform),"
              + " the due date and, once given, the answer.")
  @APIResponse(
      responseCode = "200",
      description = "The forwarded inquiry",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecipientViewDto.class)))
  @APIResponse(responseCode = "404", description = "Unknown or expired token")
  public Response view(@Parameter(description = TOKEN) @PathParam("token") String token) {
    return ok(reply.view(InquiryResource.token(token)));
  }

  @POST
  @Path("answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "answerForwardedInquiry",
      summary = "Answer an inquiry forwarded to you",
      description = "Records the answer; the asker gets it by mail.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TextInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The inquiry, answered",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecipientViewDto.class)))
  @APIResponse(responseCode = "400", description = "text is missing or too long")
  @APIResponse(responseCode = "404", description = "Unknown or expired token")
  @APIResponse(responseCode = "409", description = "Already answered or declined")
  @APIResponse(responseCode = "413", description = "The body is over 25,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response answer(
      @Parameter(description = TOKEN) @PathParam("token") String token,
      @Parameter(hidden = true) InputStream body) {
    String valid = InquiryResource.token(token);
    return ok(reply.answer(valid, text(body)));
  }

  @POST
  @Path("decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "declineForwardedInquiry",
      summary = "Decline an inquiry forwarded to you",
      description = "Tells staff you cannot answer it (with a reason); they route it again.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TextInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The inquiry, declined",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RecipientViewDto.class)))
  @APIResponse(responseCode = "400", description = "text is too long")
  @APIResponse(responseCode = "404", description = "Unknown or expired token")
  @APIResponse(responseCode = "409", description = "Already answered or declined")
  @APIResponse(responseCode = "413", description = "The body is over 25,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response decline(
      @Parameter(description = TOKEN) @PathParam("token") String token,
      @Parameter(hidden = true) InputStream body) {
    String valid = InquiryResource.token(token);
    return ok(reply.decline(valid, text(body)));
  }

  private static String text(InputStream body) {
    InquiryJson json = InquiryJson.read(body, MAX_BODY_CHARS);
    String text = json.string("text");
    json.done();
    return text;
  }

  private static Response ok(RecipientView view) {
    return Response.ok(RecipientViewDto.from(view)).cacheControl(PrivateAnswers.noStore()).build();
  }
}
