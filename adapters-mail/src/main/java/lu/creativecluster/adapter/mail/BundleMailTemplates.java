package lu.creativecluster.adapter.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ResourceBundle;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.account.TokenPurpose;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail adapter: the platform's mails in German, French and English from the {@code mail} bundle,
 * each with its one-time link to the set-password page ({@code cluster.public-url} + {@code
 * /{lang}/set-password?token=...}) and how long that link stays valid.
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

  static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

  private final String publicUrl;

  /** For CDI's client proxy only. */
  protected BundleMailTemplates() {
    this(DEFAULT_PUBLIC_URL);
  }

  @Inject
  public BundleMailTemplates(
      @ConfigProperty(name = "cluster.public-url", defaultValue = DEFAULT_PUBLIC_URL)
          String publicUrl) {
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
