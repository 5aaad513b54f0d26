package lu.creativecluster.adapter.webui.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;
import lu.creativecluster.application.port.in.inquiry.RecipientReplyUseCase;
import lu.creativecluster.application.port.in.inquiry.RecipientView;
import lu.creativecluster.domain.inquiry.IllegalInquiryTransitionException;
import lu.creativecluster.domain.inquiry.InvalidInquiryException;

/**
 * Backing bean: the recipient's page ({@code /{lang}/inquiries/reply?token=}), opened by the
 * private link of the forwarding mail, without an account: the inquiry, and a form to answer it or
 * decline it with a reason. The link stops working when the inquiry closes or goes elsewhere.
 */
@Named("inquiryReply")
@RequestScoped
public class InquiryReplyPage {

  private final RecipientReplyUseCase reply;
  private final HttpServletRequest request;
  private final SiteContext site;
  private final Feedback feedback;
  private Optional<RecipientView> view;
  private String answer = "";
  private String reason = "";
  private String answerError = "";
  private String reasonError = "";

  /** For CDI's client proxy only. */
  protected InquiryReplyPage() {
    this(null, null, null, null);
  }

  @Inject
  public InquiryReplyPage(
      RecipientReplyUseCase reply,
      HttpServletRequest request,
      SiteContext site,
      Feedback feedback) {
    this.reply = reply;
    this.request = request;
    this.site = site;
    this.feedback = feedback;
  }

  public void sendAnswer() {
    if (answer == null || answer.isBlank()) {
      answerError = "inquiryReply.error.answer";
      return;
    }
    act(() -> reply.answer(token(), answer), "inquiryReply.answered");
  }

  public void sendDecline() {
    act(() -> reply.decline(token(), reason), "inquiryReply.declined");
  }

  private void act(java.util.function.Supplier<RecipientView> step, String done) {
    if (token().isEmpty()) {
      view = Optional.empty();
      return;
    }
    try {
      view = Optional.of(step.get());
      feedback.notice(done);
    } catch (InvalidInquiryException invalid) {
      if ("answer".equals(invalid.field())) {
        answerError = "inquiryReply.error.answer";
      } else {
        reasonError = "inquiryReply.error.reason";
      }
    } catch (IllegalInquiryTransitionException twice) {
      feedback.error("inquiryReply.error.done");
    } catch (InquiryNotFoundException gone) {
      view = Optional.empty();
    }
  }

  private Optional<RecipientView> view() {
    if (view == null) {
      String token = token();
      try {
        view = token.isEmpty() ? Optional.empty() : Optional.of(reply.view(token));
      } catch (InquiryNotFoundException unknown) {
        view = Optional.empty();
      }
    }
    return view;
  }

  private String token() {
    String token = request.getParameter(InquiryTrackPage.TOKEN_PARAMETER);
    return token == null || token.length() > InquiryTrackPage.MAX_TOKEN ? "" : token;
  }

  public boolean isFound() {
    return view().isPresent();
  }

  public RecipientView getInquiry() {
    return view().orElse(null);
  }

  public boolean isAwaitingReply() {
    return view().map(RecipientView::awaitingReply).orElse(false);
  }

  public String getDue() {
    return view().map(v -> InquiryLabels.date(v.dueDate(), site.language())).orElse("");
  }

  public List<InquiryLabels.Message> getMessages() {
    return view()
        .map(v -> InquiryLabels.messages(v.followUps(), site.language()))
        .orElse(List.of());
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getAnswerError() {
    return answerError.isEmpty() ? "" : Texts.in(site.language()).text(answerError);
  }

  public String getReasonError() {
    return reasonError.isEmpty() ? "" : Texts.in(site.language()).text(reasonError);
  }

  public String getAnswerInvalid() {
    return Boolean.toString(!answerError.isEmpty());
  }

  public String getReasonInvalid() {
    return Boolean.toString(!reasonError.isEmpty());
  }
}
