package lu.creativecluster.adapter.rest.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.adapter.rest.access.CallerActor;
import lu.creativecluster.adapter.rest.access.PrivateAnswers;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.CloseInputDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.CloseResultDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.DetailDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.FiguresDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.InquiryList;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.RecipientDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.RoutingInputDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.SuggestionDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.SummaryDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.TextInputDto;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.adapter.rest.list.PagingLinks;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.inquiry.AnswerInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.AnswerInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesCommand;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesUseCase;
import lu.creativecluster.application.port.in.inquiry.CloseResult;
import lu.creativecluster.application.port.in.inquiry.ForwardInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.ForwardInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.InboxPage;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.in.inquiry.InquiryFiguresUseCase;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;
import lu.creativecluster.application.port.in.inquiry.RejectInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.RejectInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.RoutingSuggestion;
import lu.creativecluster.application.port.in.inquiry.StaffInboxUseCase;
import lu.creativecluster.application.port.in.inquiry.SuggestRoutingUseCase;
import lu.creativecluster.application.port.in.inquiry.TriageInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.TriageInquiryUseCase;
import lu.creativecluster.application.port.in.member.PageInfo;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.RecipientId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST adapter: the staff inbox of inquiries and every staff step on one: triage, forward, answer,
 * reject, close (one or many), the routing suggestion and the service figures. Staff only (the use
 * cases refuse anyone else with 403); answers are never stored by caches.
 */
@Path("staff/inquiries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inquiries")
public class StaffInquiryResource {

  static final String PAGE = "page";
  static final int MAX_BODY_CHARS = 25_000;
  private static final String ID = "The inquiry's id";
  private static final Duration MAX_FIGURES_PERIOD = Duration.ofDays(3 * 366);

  @Inject StaffInboxUseCase inbox;
  @Inject TriageInquiryUseCase triage;
  @Inject ForwardInquiryUseCase forward;
  @Inject AnswerInquiryUseCase answer;
  @Inject RejectInquiryUseCase reject;
  @Inject CloseInquiriesUseCase close;
  @Inject SuggestRoutingUseCase suggest;
  @Inject InquiryFiguresUseCase figures;
  @Inject Clock clock;

  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @GET
  @Operation(
      operationId = "listInquiries",
      summary = "The staff inbox of inquiries",
      description =
          "Inquiries newest first, filtered by status, topic, recipient and overdue (still"
              + " awaiting an answer after the due date), and searched by free text in the"
              + " message, the asker's name, address and organisation. Staff only.")
  @APIResponse(
      responseCode = "200",
      description = "A page of the inbox",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = InquiryList.class)))
  @APIResponse(responseCode = "400", description = "A parameter is invalid; invalidParams names it")
  @APIResponse(responseCode = "403", description = "Not staff")
  public Response list(
      @Parameter(
              description =
                  "Status: received, triaged, forwarded, answered, closed, rejected. Repeat for"
                      + " any of several.",
              explode = Explode.TRUE)
          @QueryParam("status")
          List<String> status,
      @Parameter(description = "Topic code. Repeat for any of several.", explode = Explode.TRUE)
          @QueryParam("topic")
          List<String> topic,
      @Parameter(description = "Recipient id") @QueryParam("recipient") String recipient,
      @Parameter(
              description = "Only overdue inquiries",
              schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
          @QueryParam("overdue")
          String overdue,
      @Parameter(description = "Free text, at most 200 characters") @QueryParam("q") String q,
      @Parameter(
              description = "Page number, from 0",
              schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
          @QueryParam(PAGE)
          String page,
      @Parameter(
              description = "Items per page",
              schema =
                  @Schema(
                      type = SchemaType.INTEGER,
                      minimum = "1",
                      maximum = "100",
                      defaultValue = "25"))
          @QueryParam("size")
          String size,
      @Parameter(hidden = true) @Context UriInfo uriInfo) {
    InboxQuery query = query(status, topic, recipient, overdue, q, page, size);
    InboxPage result = inbox.inbox(actor(), query);
    long totalPages = (result.total() + result.size() - 1) / result.size();
    PageInfo info = new PageInfo(result.page(), result.size(), result.total(), totalPages);
    ListEnvelope<SummaryDto> body =
        ListEnvelope.of(
            result.items().stream().map(i -> SummaryDto.from(i, inbox.isOverdue(i))).toList(),
            PageDto.of(info));
    return Response.ok(body)
        .header(PagingLinks.HEADER, PagingLinks.numbered(uriInfo, PAGE, info))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      operationId = "getInquiry",
      summary = "One inquiry with its history",
      description = "The whole inquiry as staff see it, with every step: who, when and why.")
  @APIResponse(
      responseCode = "200",
      description = "The inquiry",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DetailDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such inquiry")
  public Response show(@Parameter(description = ID) @PathParam("id") String id) {
    return detail(inbox.inquiry(actor(), id(id)));
  }

  @GET
  @Path("{id}/suggestion")
  @Operation(
      operationId = "suggestInquiryRouting",
      summary = "Who should answer an inquiry",
      description =
          "For a question, the recipient the most specific routing rule names; for an offer,"
              + " also the active members whose sectors and keywords match.")
  @APIResponse(
      responseCode = "200",
      description = "The suggestion",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = SuggestionDto.class)))
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such inquiry")
  public Response suggestion(@Parameter(description = ID) @PathParam("id") String id) {
    RoutingSuggestion s = suggest.suggest(actor(), id(id));
    return Response.ok(
            new SuggestionDto(
                s.recipient().map(RecipientDto::from).orElse(null),
                s.members().stream().map(m -> m.slug().value()).toList()))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  @POST
  @Path("{id}/triage")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "triageInquiry",
      summary = "Triage an inquiry",
      description = "Choose (or confirm) the recipient who should answer; none leaves it open.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RoutingInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The inquiry, triaged",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DetailDto.class)))
  @APIResponse(responseCode = "400", description = "Invalid fields, or no such active recipient")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such inquiry")
  @APIResponse(responseCode = "409", description = "Its status does not allow a triage")
  @APIResponse(responseCode = "413", description = "The body is over 25,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response triage(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(hidden = true) InputStream body) {
    InquiryId inquiry = id(id);
    InquiryJson json = InquiryJson.read(body, MAX_BODY_CHARS);
    Optional<RecipientId> recipient = recipient(json, false);
    String note = json.string("note");
    json.done();
    return detail(
        triage.triage(new TriageInquiryCommand(actor(), inquiry, recipient, note, address())));
  }

  @POST
  @Path("{id}/forward")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "forwardInquiry",
      summary = "Forward an inquiry to a recipient",
      description =
          "The recipient gets a mail with the inquiry and a private link to answer or decline,"
              + " valid until the inquiry closes.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = RoutingInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The inquiry, forwarded",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DetailDto.class)))
  @APIResponse(responseCode = "400", description = "recipient is missing or not active")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such inquiry")
  @APIResponse(responseCode = "409", description = "Its status does not allow forwarding")
  @APIResponse(responseCode = "413", description = "The body is over 25,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response forward(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(hidden = true) InputStream body) {
    InquiryId inquiry = id(id);
    InquiryJson json = InquiryJson.read(body, MAX_BODY_CHARS);
    Optional<RecipientId> recipient = recipient(json, true);
    String note = json.string("note");
    json.done();
    return detail(
        forward.forward(
            new ForwardInquiryCommand(actor(), inquiry, recipient.orElseThrow(), note, address())));
  }

  @POST
  @Path("{id}/answer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "answerInquiry",
      summary = "Answer an inquiry directly",
      description = "Staff answer themselves; the asker gets the answer by mail.")
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
              schema = @Schema(implementation = DetailDto.class)))
  @APIResponse(responseCode = "400", description = "text is missing or too long")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such inquiry")
  @APIResponse(responseCode = "409", description = "Already answered, closed or rejected")
  @APIResponse(responseCode = "413", description = "The body is over 25,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response answer(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(hidden = true) InputStream body) {
    InquiryId inquiry = id(id);
    String text = text(body);
    return detail(answer.answer(new AnswerInquiryCommand(actor(), inquiry, text, address())));
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "rejectInquiry",
      summary = "Reject an inquiry as spam",
      description = "No mail goes out; the reason is kept in the history.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = TextInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "The inquiry, rejected",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DetailDto.class)))
  @APIResponse(responseCode = "400", description = "text is too long")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "404", description = "No such inquiry")
  @APIResponse(responseCode = "409", description = "Its status does not allow rejecting")
  @APIResponse(responseCode = "413", description = "The body is over 25,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response reject(
      @Parameter(description = ID) @PathParam("id") String id,
      @Parameter(hidden = true) InputStream body) {
    InquiryId inquiry = id(id);
    String text = text(body);
    return detail(reject.reject(new RejectInquiryCommand(actor(), inquiry, text, address())));
  }

  @POST
  @Path("close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "closeInquiries",
      summary = "Close inquiries, one or many",
      description =
          "Closes each inquiry that may be closed; an unanswered one needs a note. The others are"
              + " listed with the reason they were skipped.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CloseInputDto.class)))
  @APIResponse(
      responseCode = "200",
      description = "What was closed and what was skipped",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = CloseResultDto.class)))
  @APIResponse(responseCode = "400", description = "ids is missing, empty, too long or invalid")
  @APIResponse(responseCode = "403", description = "Not staff")
  @APIResponse(responseCode = "413", description = "The body is over 25,000 characters")
  @APIResponse(responseCode = "415", description = "The body is not application/json")
  public Response close(@Parameter(hidden = true) InputStream body) {
    InquiryJson json = InquiryJson.read(body, MAX_BODY_CHARS);
    List<String> raw = json.strings("ids", CloseInquiriesCommand.MAX_BULK);
    Set<InquiryId> ids = new LinkedHashSet<>();
    for (String each : raw) {
      json.parsed("ids", each, InquiryId::parse, "must be inquiry ids").ifPresent(ids::add);
    }
    if (ids.isEmpty() && !json.hasError("ids")) {
      json.error("ids", "must name 1 to " + CloseInquiriesCommand.MAX_BULK + " inquiries");
    }
    String note = json.string("note");
    json.done();
    CloseResult result = close.close(new CloseInquiriesCommand(actor(), ids, note, address()));
    Map<String, String> skipped = new LinkedHashMap<>();
    result.skipped().forEach((k, v) -> skipped.put(k.toString(), v));
    return Response.ok(
            new CloseResultDto(result.closed().stream().map(Object::toString).toList(), skipped))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  @GET
  @Path("figures")
  @Operation(
      operationId = "getInquiryFigures",
      summary = "Service figures of inquiries",
      description =
          "Received, answered, median and 90th-percentile time to answer, overall and by topic,"
              + " recipient and month of receipt, for the inquiries received in [from, to)."
              + " Defaults: the last 365 days. Rejected inquiries do not count. Staff only.")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = FiguresDto.class)))
  @APIResponse(responseCode = "400", description = "from or to is invalid")
  @APIResponse(responseCode = "403", description = "Not staff")
  public Response figures(
      @Parameter(
              description = "Start (inclusive), ISO 8601 instant",
              example = "2026-01-01T00:00:00Z")
          @QueryParam("from")
          String from,
      @Parameter(
              description = "End (exclusive), ISO 8601 instant",
              example = "2027-01-01T00:00:00Z")
          @QueryParam("to")
          String to) {
    Instant end = instant("to", to).orElse(clock.instant());
    Instant start = instant("from", from).orElse(end.minus(Duration.ofDays(365)));
    if (!start.isBefore(end) || Duration.between(start, end).compareTo(MAX_FIGURES_PERIOD) > 0) {
      throw new InvalidRequestParameterException(
          "from", "must be before to, at most three years earlier");
    }
    return Response.ok(FiguresDto.from(figures.figures(actor(), start, end), start, end))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }

  static InboxQuery query(
      List<String> status,
      List<String> topic,
      String recipient,
      String overdue,
      String q,
      String page,
      String size) {
    Set<InquiryStatus> statuses = new LinkedHashSet<>();
    for (String s : status == null ? List.<String>of() : status) {
      statuses.add(
          InquiryStatus.fromCode(s)
              .orElseThrow(
                  () ->
                      new InvalidRequestParameterException(
                          "status",
                          "must be one of: received, triaged, forwarded, answered, closed,"
                              + " rejected")));
    }
    Set<InquiryTopic> topics = new LinkedHashSet<>();
    for (String t : topic == null ? List.<String>of() : topic) {
      topics.add(
          InquiryTopic.fromCode(t)
              .orElseThrow(
                  () -> new InvalidRequestParameterException("topic", "must be a topic code")));
    }
    Optional<RecipientId> recipientId = Optional.empty();
    if (recipient != null && !recipient.isBlank()) {
      try {
        recipientId = Optional.of(RecipientId.parse(recipient));
      } catch (IllegalArgumentException malformed) {
        throw new InvalidRequestParameterException("recipient", "must be a recipient id");
      }
    }
    boolean overdueOnly;
    if (overdue == null || overdue.isEmpty() || overdue.equals("false")) {
      overdueOnly = false;
    } else if (overdue.equals("true")) {
      overdueOnly = true;
    } else {
      throw new InvalidRequestParameterException("overdue", "must be true or false");
    }
    String text = q == null ? "" : q;
    if (text.strip().length() > InboxQuery.MAX_Q_LENGTH
        || text.chars().anyMatch(Character::isISOControl)) {
      throw new InvalidRequestParameterException(
          "q", "has at most " + InboxQuery.MAX_Q_LENGTH + " characters, no control characters");
    }
    int number = integer(PAGE, page, 0, 0, 100_000);
    int perPage = integer("size", size, InboxQuery.DEFAULT_SIZE, 1, InboxQuery.MAX_SIZE);
    return new InboxQuery(statuses, topics, recipientId, overdueOnly, text, number, perPage);
  }

  private static int integer(String name, String raw, int fallback, int min, int max) {
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw new InvalidRequestParameterException(
        name, "must be a whole number from " + min + " to " + max);
  }

  private static Optional<Instant> instant(String name, String raw) {
    if (raw == null || raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(raw));
    } catch (DateTimeParseException malformed) {
      throw new InvalidRequestParameterException(name, "must be an ISO 8601 instant");
    }
  }

  /** A malformed id names no inquiry: the same 404 as an unknown one. */
  private static InquiryId id(String raw) {
    try {
      return InquiryId.parse(raw);
    } catch (IllegalArgumentException | NullPointerException malformed) {
      throw new InquiryNotFoundException();
    }
  }

  private static Optional<RecipientId> recipient(InquiryJson json, boolean required) {
    String raw = json.string("recipient");
    if (raw.isBlank()) {
      if (required && !json.hasError("recipient")) {
        json.error("recipient", "is required: the id of an active recipient");
      }
      return Optional.empty();
    }
    return json.parsed("recipient", raw, RecipientId::parse, "must be a recipient id");
  }

  private static String text(InputStream body) {
    InquiryJson json = InquiryJson.read(body, MAX_BODY_CHARS);
    String text = json.string("text");
    json.done();
    return text;
  }

  private Actor actor() {
    return CallerActor.of(security);
  }

  private String address() {
    return request == null ? "" : request.getRemoteAddr();
  }

  private Response detail(Inquiry inquiry) {
    return Response.ok(DetailDto.from(inquiry, inbox.isOverdue(inquiry)))
        .cacheControl(PrivateAnswers.noStore())
        .build();
  }
}
