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
import lu.creativecluster.application.port.in.inquiry.AddFollowUpUseCase;
import lu.creativecluster.application.port.in.inquiry.AskerView;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;
import lu.creativecluster.application.port.in.inquiry.TrackInquiryUseCase;
import lu.creativecluster.domain.inquiry.IllegalInquiryTransitionException;
import lu.creativecluster.domain.inquiry.InvalidInquiryException;

/**
 * Backing bean: the asker's tracking page ({@code /{lang}/inquiries/track?token=}), opened by the
 * private link of the confirmation mail: status, due date, the answer once given, the messages, and
 * a form to add one. An unknown or expired link shows one message for all cases.
 */
@Named("inquiryTrack")
@RequestScoped
public class InquiryTrackPage {

  static final String TOKEN_PARAMETER = "token";
  static final int MAX_TOKEN = 128;

  private final TrackInquiryUseCase track;
  private final AddFollowUpUseCase addFollowUp;
  private final HttpServletRequest request;
  private final SiteContext site;
  private final Feedback feedback;
  private Optional<AskerView> view;
  private String message = "";
  private String messageError = "";

  /** For CDI's client proxy only. */
  protected InquiryTrackPage() {
    this(null, null, null, null, null);
  }

  @Inject
  public InquiryTrackPage(
      TrackInquiryUseCase track,
      AddFollowUpUseCase addFollowUp,
      HttpServletRequest request,
      SiteContext site,
      Feedback feedback) {
    this.track = track;
    this.addFollowUp = addFollowUp;
    this.request = request;
    this.site = site;
    this.feedback = feedback;
  }

  public void send() {
    String token = token();
    if (token.isEmpty()) {
      return;
    }
    try {
      view = Optional.of(addFollowUp.addFollowUp(token, message));
      message = "";
      feedback.notice("inquiryTrack.sent");
    } catch (InvalidInquiryException invalid) {
      messageError = "inquiryTrack.error.message";
    } catch (IllegalInquiryTransitionException closed) {
      feedback.error("inquiryTrack.error.closed");
    } catch (InquiryNotFoundException gone) {
      view = Optional.empty();
    }
  }

  private Optional<AskerView> view() {
    if (view == null) {
      String token = token();
      try {
        view = token.isEmpty() ? Optional.empty() : Optional.of(track.track(token));
      } catch (InquiryNotFoundException unknown) {
        view = Optional.empty();
      }
    }
    return view;
  }

  private String token() {
    String token = request.getParameter(TOKEN_PARAMETER);
    return token == null || token.length() > MAX_TOKEN ? "" : token;
  }

  public boolean isFound() {
    return view().isPresent();
  }

  public AskerView getInquiry() {
    return view().orElse(null);
  }

  public List<InquiryLabels.Message> getMessages() {
    return view()
        .map(v -> InquiryLabels.messages(v.followUps(), site.language()))
        .orElse(List.of());
  }

  public String getReceived() {
    return view().map(v -> InquiryLabels.date(v.receivedAt(), site.language())).orElse("");
  }

  public String getDue() {
    return view().map(v -> InquiryLabels.date(v.dueDate(), site.language())).orElse("");
  }

  /** Asking more is possible until the inquiry is closed or rejected. */
  public boolean isOpen() {
    return view().map(v -> !v.status().isFinal()).orElse(false);
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  public String getMessageError() {
    return messageError.isEmpty() ? "" : Texts.in(site.language()).text(messageError);
  }

  public String getMessageInvalid() {
    return Boolean.toString(!messageError.isEmpty());
  }
}
