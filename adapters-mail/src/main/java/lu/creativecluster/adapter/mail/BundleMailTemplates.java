package lu.creativecluster.adapter.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.application.port.out.inquiry.StoredMailText;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail adapter: the platform's mails in German, French and English from the {@code mail} bundle,
 * each with its one-time link to the set-password page ({@code cluster.public-url} + {@code
 * /{lang}/set-password?token=...}) and how long that link stays valid. The inquiry mails are sent
 * in the admins' wording where they have reworded one ({@link InquiryMailTexts}), read when the
 * mail is written.
 */
@ApplicationScoped
public class BundleMailTemplates implements MailTemplates {

  static final String BUNDLE = "lu.creativecluster.adapter.mail.mail";

  /**
   * The site's set-password page after the language segment, and its token parameter. The web
   * adapter serves it there; the browser tests follow the mailed link, so a change on either side
   * that breaks the link fails them.
   */
  static final String SET_PASSWORD_PATH = "/set-password?token=";

  /**
   * The pages the inquiry links open, after the language segment: the asker's tracking page and the
   * recipient's reply page. The web adapter must serve them there.
   */
  static final String TRACK_INQUIRY_PATH = "/inquiries/track?token=";

  static final String REPLY_INQUIRY_PATH = "/inquiries/reply?token=";

  static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

  private static final Map<String, InquiryMailText> DEFAULTS = new ConcurrentHashMap<>();
  private static final Map<Language, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

  private final String publicUrl;
  private final InquiryMailTexts customTexts;

  /** For CDI's client proxy only. */
  protected BundleMailTemplates() {
    this(DEFAULT_PUBLIC_URL);
  }

  /** With the default wording of every inquiry mail (no admin rewording). */
  BundleMailTemplates(String publicUrl) {
    this(publicUrl, NoCustomTexts.INSTANCE);
  }

  @Inject
  public BundleMailTemplates(
      @ConfigProperty(name = "cluster.public-url", defaultValue = DEFAULT_PUBLIC_URL)
          String publicUrl,
      InquiryMailTexts customTexts) {
    this.customTexts = customTexts;
    String url = publicUrl == null || publicUrl.isBlank() ? DEFAULT_PUBLIC_URL : publicUrl.strip();
    this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Override
  public OutgoingMail invitation(Email to, String displayName, String secret, Language language) {
    return mail("invitation", TokenPurpose.INVITATION, to, displayName, secret, language);
  }

  @Override
  public OutgoingMail passwordReset(
      Email to, String displayName, String secret, Language language) {
    return mail("passwordReset", TokenPurpose.PASSWORD_RESET, to, displayName, secret, language);
  }

  @Override
  public OutgoingMail inquiryReceived(
      Email to, String name, String trackingSecret, LocalDate dueDate, Language language) {
    return inquiryMail(
        InquiryMailKind.RECEIVED,
        to,
        language,
        Map.of(
            "name", name,
            "trackingLink", pageLink(TRACK_INQUIRY_PATH, trackingSecret, language),
            "dueDate", date(dueDate, language)));
  }

  @Override
  public OutgoingMail inquiryForwarded(
      Email to, String recipientName, Inquiry inquiry, String recipientSecret, Language language) {
    return inquiryMail(
        InquiryMailKind.FORWARDED,
        to,
        language,
        Map.of(
            "name", recipientName,
            "topic", topic(inquiry, language),
            "askerName", inquiry.asker().map(Asker::name).orElse(""),
            "organisation",
                inquiry.asker().map(Asker::organisation).filter(o -> !o.isBlank()).orElse("–"),
            "message", inquiry.message(),
            "dueDate", date(inquiry.dueDate(), language),
            "replyLink", pageLink(REPLY_INQUIRY_PATH, recipientSecret, language)));
  }

  @Override
  public OutgoingMail inquiryAnswered(Email to, String name, String answer, Language language) {
    return inquiryMail(
        InquiryMailKind.ANSWERED, to, language, Map.of("name", name, "answer", answer));
  }

  @Override
  public OutgoingMail inquiryReminder(
      Email to, String recipientName, Inquiry inquiry, Language language) {
    return inquiryMail(
        InquiryMailKind.REMINDER,
        to,
        language,
        Map.of(
            "name", recipientName,
            "topic", topic(inquiry, language),
            "dueDate", date(inquiry.dueDate(), language)));
  }

  @Override
  public OutgoingMail inquiryFollowUp(
      Email to, String recipientName, Inquiry inquiry, String text, Language language) {
    return inquiryMail(
        InquiryMailKind.FOLLOW_UP,
        to,
        language,
        Map.of("name", recipientName, "topic", topic(inquiry, language), "message", text));
  }

  /**
   * The defaults come from the release's bundle and never change while it runs; each is built (and
   * its placeholders checked) once, not for every mail.
   */
  @Override
  public InquiryMailText defaultInquiryText(InquiryMailKind kind, Language language) {
    return DEFAULTS.computeIfAbsent(
        kind.code() + "/" + language.code(), k -> readDefault(kind, language));
  }

  private static InquiryMailText readDefault(InquiryMailKind kind, Language language) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    String key = bundleKey(kind);
    return new InquiryMailText(
        kind, language, texts.getString(key + ".subject"), texts.getString(key + ".body"));
  }

  /** inquiryReceived, inquiryFollowUp: the bundle's key for a kind's code. */
  private static String bundleKey(InquiryMailKind kind) {
    StringBuilder key = new StringBuilder("inquiry");
    for (String part : kind.code().split("-")) {
      key.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return key.toString();
  }

  /** A page of the site in the mail's language, carrying a secret in its token parameter. */
  String pageLink(String path, String secret, Language language) {
    return publicUrl
        + "/"
        + language.code()
        + path
        + URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }

  /** Greeting, the admins' wording (or the default) of subject and body, signature. */
  private OutgoingMail inquiryMail(
      InquiryMailKind kind, Email to, Language language, Map<String, String> values) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    InquiryMailText text =
        customTexts
            .find(kind, language)
            .map(StoredMailText::text)
            .orElseGet(() -> defaultInquiryText(kind, language));
    String body =
        String.join(
            "\n\n",
            format(texts, "greeting", language, values.get("name")),
            text.renderBody(values),
            texts.getString("signature"));
    return new OutgoingMail(to, text.renderSubject(values), body + "\n");
  }

  private static String topic(Inquiry inquiry, Language language) {
    return ResourceBundle.getBundle(BUNDLE, language.locale())
        .getString("inquiry.topic." + inquiry.topic().code());
  }

  /** "7 December 2026", "7. Dezember 2026", "7 décembre 2026". */
  static String date(LocalDate day, Language language) {
    return DATES
        .computeIfAbsent(
            language,
            l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l.locale()))
        .format(day);
  }

  /** The set-password page in the mail's language, carrying the secret. */
  String link(String secret, Language language) {
    return publicUrl
        + "/"
        + language.code()
        + SET_PASSWORD_PATH
        + URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }

  private OutgoingMail mail(
      String kind,
      TokenPurpose purpose,
      Email to,
      String displayName,
      String secret,
      Language language) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language.locale());
    String body =
        String.join(
            "\n\n",
            format(texts, "greeting", language, displayName),
            format(
                texts,
                kind + ".body",
                language,
                link(secret, language),
                validity(texts, purpose.validity(), language)),
            texts.getString("signature"));
    return new OutgoingMail(to, texts.getString(kind + ".subject"), body + "\n");
  }

  /** "3 days", "1 hour": the largest whole unit that states the validity exactly. */
  static String validity(ResourceBundle texts, Duration validity, Language language) {
    if (validity.toDays() > 0 && validity.equals(Duration.ofDays(validity.toDays()))) {
      return format(texts, "validity.days", language, validity.toDays());
    }
    if (validity.toHours() > 0 && validity.equals(Duration.ofHours(validity.toHours()))) {
      return format(texts, "validity.hours", language, validity.toHours());
    }
    return format(texts, "validity.minutes", language, Math.max(1, validity.toMinutes()));
  }

  private static String format(
      ResourceBundle texts, String key, Language language, Object... arguments) {
    return new MessageFormat(texts.getString(key), language.locale()).format(arguments);
  }
}
