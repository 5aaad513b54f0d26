package lu.creativecluster.adapter.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import lu.creativecluster.application.port.out.event.EventMailTemplates;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.shared.Language;

/**
 * Mail adapter: the mails about event registrations in German, French and English, from the same
 * {@code mail} bundle as the other mails; the cancellation link opens the site's cancellation page
 * in the registrant's language.
 */
@ApplicationScoped
public class BundleEventMailTemplates implements EventMailTemplates {

  /** The site's cancellation page after the language segment; the web adapter serves it there. */
  static final String CANCEL_REGISTRATION_PATH = "/events/cancel?token=";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final BundleMailTemplates links;

  /** For CDI's client proxy only. */
  protected BundleEventMailTemplates() {
    this(new BundleMailTemplates());
  }

  @Inject
  public BundleEventMailTemplates(BundleMailTemplates links) {
    this.links = links;
  }

  @Override
  public OutgoingMail registrationConfirmed(
      Registrant to, EventDetails event, String cancellationSecret) {
    return mail("eventConfirmed", to, event, cancelLink(to, cancellationSecret));
  }

  @Override
  public OutgoingMail registrationWaiting(
      Registrant to, EventDetails event, int position, String cancellationSecret) {
    return mail("eventWaiting", to, event, cancelLink(to, cancellationSecret), position);
  }

  @Override
  public OutgoingMail registrationPromoted(Registrant to, EventDetails event) {
    return mail("eventPromoted", to, event);
  }

  private String cancelLink(Registrant to, String secret) {
    return links.pageLink(CANCEL_REGISTRATION_PATH, secret, to.language());
  }

  /** Arguments {0} title, {1} when, {2} where, then the extra ones from {3}. */
  private static OutgoingMail mail(
      String kind, Registrant to, EventDetails event, Object... extra) {
    Language language = to.language();
    ResourceBundle texts = ResourceBundle.getBundle(BundleMailTemplates.BUNDLE, language.locale());
    String title = event.title().in(language);
    List<Object> arguments = new ArrayList<>(List.of(title, when(event, language), where(event)));
    arguments.addAll(List.of(extra));
    String body =
        String.join(
            "\n\n",
            format(texts, "greeting", language, to.name()),
            format(texts, kind + ".body", language, arguments.toArray()),
            texts.getString("signature"));
    // A title is one line (the domain refuses line breaks in it): the subject stays one.
    return new OutgoingMail(
        to.email(), format(texts, kind + ".subject", language, title), body + "\n");
  }

  /** "Donnerstag, 18. Juni 2026, 18:30–21:00", in Luxembourg time as the event is announced. */
  static String when(EventDetails event, Language language) {
    var schedule = event.schedule();
    String day =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
            .withLocale(language.locale())
            .format(schedule.start());
    if (schedule.start().toLocalDate().equals(schedule.end().toLocalDate())) {
      return day + ", " + TIME.format(schedule.start()) + "–" + TIME.format(schedule.end());
    }
    String lastDay =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
            .withLocale(language.locale())
            .format(schedule.end());
    return day
        + ", "
        + TIME.format(schedule.start())
        + " – "
        + lastDay
        + ", "
        + TIME.format(schedule.end());
  }

  static String where(EventDetails event) {
    List<String> parts = new ArrayList<>();
    event.place().venue().ifPresent(parts::add);
    event.place().onlineLink().ifPresent(link -> parts.add(link.toString()));
    return String.join(" / ", parts);
  }

  private static String format(
      ResourceBundle texts, String key, Language language, Object... arguments) {
    return new MessageFormat(texts.getString(key), language.locale()).format(arguments);
  }
}
