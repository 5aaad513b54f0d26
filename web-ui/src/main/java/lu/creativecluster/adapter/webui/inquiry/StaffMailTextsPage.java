package lu.creativecluster.adapter.webui.inquiry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.adapter.webui.account.Viewer;
import lu.creativecluster.adapter.webui.site.Feedback;
import lu.creativecluster.adapter.webui.site.SiteContext;
import lu.creativecluster.adapter.webui.site.Texts;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.inquiry.EditInquiryMailTextsUseCase;
import lu.creativecluster.application.port.in.inquiry.MailTextView;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.inquiry.InvalidInquiryException;
import lu.creativecluster.domain.inquiry.InvalidMailTextException;
import lu.creativecluster.domain.shared.Language;

/**
 * Backing bean of the admins' page for the inquiry mails' wording ({@code
 * /{lang}/staff/mail-texts?kind=received&language=fr}): every mail in every language with whether
 * it is reworded, and the form for the one chosen (subject, body, the placeholders it may use). The
 * form carries the version it was filled from, so a change made meanwhile is not overwritten.
 */
@Named("staffMailTexts")
@RequestScoped
public class StaffMailTextsPage {

  private final EditInquiryMailTextsUseCase texts;
  private final Viewer viewer;
  private final SiteContext site;
  private final Feedback feedback;
  private final HttpServletRequest request;
  private final Map<String, String> errors = new HashMap<>();
  private String subject = "";
  private String body = "";
  private long version = InquiryMailTexts.NOT_STORED;
  private boolean customised;
  private boolean stale;
  private List<Row> rows;

  /** One mail in one language, as a row of the overview. */
  public record Row(
      String id, String kind, String language, boolean customised, String href, boolean chosen) {}

  /** A placeholder the chosen mail may use, with what it stands for. */
  public record Placeholder(String name, String meaning, boolean required) {}

  /** For CDI's client proxy only. */
  protected StaffMailTextsPage() {
    this(null, null, null, null, null);
  }

  @Inject
  public StaffMailTextsPage(
      EditInquiryMailTextsUseCase texts,
      Viewer viewer,
      SiteContext site,
      Feedback feedback,
      HttpServletRequest request) {
    this.texts = texts;
    this.viewer = viewer;
    this.site = site;
    this.feedback = feedback;
    this.request = request;
  }

  /**
   * Fills the form from the stored wording on the first request; a postback keeps what was typed.
   */
  public void prepare() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (chosenKind().isEmpty() || chosenLanguage().isEmpty()) {
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
      return;
    }
    if (!faces.isPostback()) {
      fill();
    }
  }

  private void fill() {
    MailTextView view = texts.one(viewer.actor(), kind(), language());
    subject = view.text().subject();
    body = view.text().body();
    version = view.version();
    customised = view.customised();
  }

  public void save() {
    try {
      texts.save(viewer.actor(), new InquiryMailText(kind(), language(), subject, body), version);
      fill();
      feedback.notice("staffMailTexts.saved");
    } catch (InvalidMailTextException e) {
      String key =
          e.problem() == InvalidMailTextException.Problem.MISSING_PLACEHOLDER
              ? "staffMailTexts.error.missingPlaceholder"
              : "staffMailTexts.error.unknownPlaceholder";
      refuse(e.field(), key, "{" + e.placeholder() + "}");
    } catch (InvalidInquiryException e) {
      refuse(e.field(), "staffMailTexts.error." + e.field());
    } catch (ConcurrentUpdateException e) {
      stale = true;
      feedback.error("staffMailTexts.error.stale");
    } catch (AccessDeniedException e) {
      feedback.error("staffMailTexts.error.denied");
    }
  }

  /** Back to the platform's default wording. */
  public void reset() {
    if (version == InquiryMailTexts.NOT_STORED) {
      fill();
      feedback.notice("staffMailTexts.alreadyDefault");
      return;
    }
    try {
      texts.reset(viewer.actor(), kind(), language(), version);
      fill();
      feedback.notice("staffMailTexts.resetDone");
    } catch (ConcurrentUpdateException e) {
      stale = true;
      feedback.error("staffMailTexts.error.stale");
    } catch (AccessDeniedException e) {
      feedback.error("staffMailTexts.error.denied");
    }
  }

  private void refuse(String field, String key, Object... arguments) {
    errors.put(field, Texts.in(site.language()).text(key, arguments));
    feedback.error("staffMailTexts.error.summary");
  }

  /** Computed once per request: Faces asks for the rows in more than one phase. */
  public List<Row> getRows() {
    if (rows == null) {
      rows = computeRows();
    }
    return rows;
  }

  private List<Row> computeRows() {
    Texts words = Texts.in(site.language());
    return texts.all(viewer.actor()).stream()
        .map(
            view -> {
              InquiryMailKind k = view.text().kind();
              Language l = view.text().language();
              return new Row(
                  k.code() + "-" + l.code(),
                  words.text("staffMailTexts.kind." + k.code()),
                  words.text("language." + l.code()),
                  view.customised(),
                  href(k, l),
                  k == kind() && l == language());
            })
        .toList();
  }

  public List<Placeholder> getPlaceholders() {
    Texts words = Texts.in(site.language());
    return kind().placeholders().stream()
        .map(
            name ->
                new Placeholder(
                    "{" + name + "}",
                    words.text("staffMailTexts.placeholder." + name),
                    kind().required().contains(name)))
        .toList();
  }

  private String href(InquiryMailKind k, Language l) {
    return site.pageHref("staffMailTexts") + "?kind=" + k.code() + "&language=" + l.code();
  }

  /** This page with the same mail chosen: where "reload" leads after a refused stale save. */
  public String getReloadHref() {
    return href(kind(), language());
  }

  /** The chosen mail's name and language, for the form's heading. */
  public String getChosen() {
    Texts words = Texts.in(site.language());
    return words.text(
        "staffMailTexts.chosen",
        words.text("staffMailTexts.kind." + kind().code()),
        words.text("language." + language().code()));
  }

  private Optional<InquiryMailKind> chosenKind() {
    String code = request.getParameter("kind");
    return code == null ? Optional.of(InquiryMailKind.RECEIVED) : InquiryMailKind.fromCode(code);
  }

  private Optional<Language> chosenLanguage() {
    String code = request.getParameter("language");
    return code == null
        ? Optional.of(site.language())
        : Optional.of(code).filter(c -> c.length() == 2).flatMap(Language::fromTag);
  }

  private InquiryMailKind kind() {
    return chosenKind().orElse(InquiryMailKind.RECEIVED);
  }

  private Language language() {
    return chosenLanguage().orElse(site.language());
  }

  public String error(String field) {
    return errors.getOrDefault(field, "");
  }

  public String invalid(String field) {
    return Boolean.toString(errors.containsKey(field));
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject == null ? "" : subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body == null ? "" : body;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  public boolean isCustomised() {
    return customised;
  }

  public boolean isStale() {
    return stale;
  }

  public int getMaxSubject() {
    return InquiryMailText.MAX_SUBJECT;
  }

  public int getMaxBody() {
    return InquiryMailText.MAX_BODY;
  }
}
