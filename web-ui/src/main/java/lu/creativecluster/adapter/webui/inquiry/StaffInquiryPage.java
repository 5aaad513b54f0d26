package lu.creativecluster.adapter.webui.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.inquiry.AnswerInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.AnswerInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesCommand;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesUseCase;
import lu.creativecluster.application.port.in.inquiry.CloseResult;
import lu.creativecluster.application.port.in.inquiry.ForwardInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.ForwardInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;
import lu.creativecluster.application.port.in.inquiry.ManageRoutingUseCase;
import lu.creativecluster.application.port.in.inquiry.RecipientNotFoundException;
import lu.creativecluster.application.port.in.inquiry.RejectInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.RejectInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.RoutingSuggestion;
import lu.creativecluster.application.port.in.inquiry.StaffInboxUseCase;
import lu.creativecluster.application.port.in.inquiry.SuggestRoutingUseCase;
import lu.creativecluster.application.port.in.inquiry.TriageInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.TriageInquiryUseCase;
import lu.creativecluster.domain.inquiry.IllegalInquiryTransitionException;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryStep;
import lu.creativecluster.domain.inquiry.InvalidInquiryException;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;

/**
 * Backing bean: one inquiry for staff ({@code /{lang}/staff/inquiry?id=}): the message, who asked,
 * the history (who, when, why) and the steps its status allows: triage (the suggestion
 * preselected), forward, answer directly, reject as spam, close. A refused step says why in the
 * page's language and keeps what was typed.
 */
@Named("staffInquiry")
@RequestScoped
public class StaffInquiryPage {

  private final StaffInboxUseCase inbox;
  private final TriageInquiryUseCase triage;
  private final ForwardInquiryUseCase forward;
  private final AnswerInquiryUseCase answer;
  private final RejectInquiryUseCase reject;
  private final CloseInquiriesUseCase close;
  private final SuggestRoutingUseCase suggest;
  private final ManageRoutingUseCase routing;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private Optional<Inquiry> inquiry;
  private String recipient;
  private String note = "";
  private String text = "";
  private String fieldError = "";
  private String fieldErrorOn = "";

  /** One step of the history, for the page. */
  public record Step(String kind, String status, String by, String at, String why) {}

  /** For CDI's client proxy only. */
  protected StaffInquiryPage() {
    this(null, null, null, null, null, null, null, null, null, null, null, null);
  }

  @Inject
  public StaffInquiryPage(
      StaffInboxUseCase inbox,
      TriageInquiryUseCase triage,
      ForwardInquiryUseCase forward,
      AnswerInquiryUseCase answer,
      RejectInquiryUseCase reject,
      CloseInquiriesUseCase close,
      SuggestRoutingUseCase suggest,
      ManageRoutingUseCase routing,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.inbox = inbox;
    this.triage = triage;
    this.forward = forward;
    this.answer = answer;
    this.reject = reject;
    this.close = close;
    this.suggest = suggest;
    this.routing = routing;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  public void doTriage() {
    step(
        () ->
            triage.triage(
                new TriageInquiryCommand(
                    viewer.actor(), id(), chosen(), note, request.getRemoteAddr())),
        "staffInquiry.triaged");
  }

  public void doForward() {
    Optional<RecipientId> to = chosen();
    if (to.isEmpty()) {
      fail("recipient", "staffInquiry.error.recipient");
      return;
    }
    step(
        () ->
            forward.forward(
                new ForwardInquiryCommand(
                    viewer.actor(), id(), to.get(), note, request.getRemoteAddr())),
        "staffInquiry.forwarded");
  }

  public void doAnswer() {
    step(
        () ->
            answer.answer(
                new AnswerInquiryCommand(viewer.actor(), id(), text, request.getRemoteAddr())),
        "staffInquiry.answered");
  }

  public void doReject() {
    step(
        () ->
            reject.reject(
                new RejectInquiryCommand(viewer.actor(), id(), note, request.getRemoteAddr())),
        "staffInquiry.rejected");
  }

  public void doClose() {
    step(
        () -> {
          CloseResult result =
              close.close(
                  new CloseInquiriesCommand(
                      viewer.actor(), Set.of(id()), note, request.getRemoteAddr()));
          String why = result.skipped().get(id());
          if (why != null) {
            throw new RefusedClose(why);
          }
          return inbox.inquiry(viewer.actor(), id());
        },
        "staffInquiry.closed");
  }

  /** A close the service skipped, with its reason code. */
  private static final class RefusedClose extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RefusedClose(String reason) {
      super(reason, null, false, false);
    }
  }

  private void step(Supplier<Inquiry> action, String done) {
    if (load().isEmpty()) {
      return;
    }
    try {
      inquiry = Optional.of(action.get());
      feedback.notice(done);
      text = "";
      note = "";
    } catch (InvalidInquiryException invalid) {
      fail(
          "answer".equals(invalid.field()) ? "text" : "note",
          "staffInquiry.error." + field(invalid));
    } catch (RecipientNotFoundException unknown) {
      fail("recipient", "staffInquiry.error.recipient");
    } catch (IllegalInquiryTransitionException notNow) {
      feedback.error("staffInquiry.error.status");
    } catch (RefusedClose refused) {
      if ("reason-required".equals(refused.getMessage())) {
        fail("note", "staffInquiry.error.reasonRequired");
      } else {
        feedback.error("staffInquiry.error.status");
      }
    } catch (AccessDeniedException denied) {
      feedback.error("staffInquiries.error.denied");
    } catch (InquiryNotFoundException gone) {
      inquiry = Optional.empty();
    }
  }

  private static String field(InvalidInquiryException invalid) {
    return "answer".equals(invalid.field()) ? "text" : "note";
  }

  private void fail(String field, String key) {
    fieldErrorOn = field;
    fieldError = key;
    feedback.error("staffInquiry.error.summary");
  }

  private InquiryId id() {
    return load().orElseThrow(InquiryNotFoundException::new).id();
  }

  private Optional<RecipientId> chosen() {
    if (recipient == null || recipient.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(RecipientId.parse(recipient));
    } catch (IllegalArgumentException forged) {
      return Optional.empty();
    }
  }

  private Optional<Inquiry> load() {
    if (inquiry == null) {
      try {
        inquiry =
            Optional.of(inbox.inquiry(viewer.actor(), InquiryId.parse(request.getParameter("id"))));
      } catch (IllegalArgumentException | NullPointerException | InquiryNotFoundException none) {
        inquiry = Optional.empty();
      }
    }
    return inquiry;
  }

  public boolean isFound() {
    return load().isPresent();
  }

  public Inquiry getInquiry() {
    return load().orElse(null);
  }

  public boolean isOverdue() {
    return load().map(inbox::isOverdue).orElse(false);
  }

  public String getReceived() {
    return load().map(i -> InquiryLabels.date(i.receivedAt(), site.language())).orElse("");
  }

  public String getDue() {
    return load().map(i -> InquiryLabels.date(i.dueDate(), site.language())).orElse("");
  }

  public List<Step> getHistory() {
    return load().map(i -> i.history().stream().map(this::step).toList()).orElse(List.of());
  }

  private Step step(InquiryStep s) {
    return new Step(
        s.kind().code(),
        s.status().code(),
        s.by(),
        InquiryLabels.date(s.at(), site.language()),
        s.why());
  }

  public List<InquiryLabels.Message> getMessages() {
    return load()
        .map(i -> InquiryLabels.messages(i.followUps(), site.language()))
        .orElse(List.of());
  }

  public List<Recipient> getRecipients() {
    return routing.recipients(viewer.actor()).stream().filter(Recipient::active).toList();
  }

  /** The recipient's name, for the facts (the id when it is no longer in the directory). */
  public String getRecipientName() {
    return load()
        .flatMap(Inquiry::recipient)
        .map(
            id ->
                routing.recipients(viewer.actor()).stream()
                    .filter(r -> r.id().equals(id))
                    .map(Recipient::name)
                    .findFirst()
                    .orElse(id.toString()))
        .orElse("");
  }

  /**
   * What the recipient menu shows: the choice made, else the recipient held, else the suggestion.
   */
  public String getRecipient() {
    if (recipient != null) {
      return recipient;
    }
    Optional<Inquiry> i = load();
    if (i.isEmpty()) {
      return "";
    }
    if (i.get().recipient().isPresent()) {
      return i.get().recipient().get().toString();
    }
    RoutingSuggestion suggestion = suggest.suggest(viewer.actor(), i.get().id());
    return suggestion.recipient().map(r -> r.id().toString()).orElse("");
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public boolean may(String step) {
    return load()
        .map(
            i ->
                switch (step) {
                  case "triage" -> i.status().canMoveTo(InquiryStatus.TRIAGED);
                  case "forward" -> i.status().canMoveTo(InquiryStatus.FORWARDED);
                  case "answer" -> i.status().canMoveTo(InquiryStatus.ANSWERED);
                  case "reject" -> i.status().canMoveTo(InquiryStatus.REJECTED);
                  case "close" -> i.status().canMoveTo(InquiryStatus.CLOSED);
                  default -> false;
                })
        .orElse(false);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String error(String field) {
    return field.equals(fieldErrorOn) ? Texts.in(site.language()).text(fieldError) : "";
  }

  public String invalid(String field) {
    return Boolean.toString(field.equals(fieldErrorOn));
  }
}
