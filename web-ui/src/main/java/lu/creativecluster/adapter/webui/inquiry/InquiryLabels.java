package lu.creativecluster.adapter.webui.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import lu.creativecluster.domain.inquiry.FollowUp;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.shared.Language;

/** Web adapter: dates and messages of an inquiry as its pages show them, in Luxembourg time. */
public final class InquiryLabels {

  private InquiryLabels() {}

  /** One message on an inquiry, for a page: who (a bundle key), when, what. */
  public record Message(String authorKey, String at, String text) {}

  static String date(LocalDate date, Language language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .format(date);
  }

  static String date(Instant at, Language language) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(language.locale())
        .withZone(Inquiry.LUXEMBOURG)
        .format(at);
  }

  static List<Message> messages(List<FollowUp> followUps, Language language) {
    return followUps.stream()
        .map(
            f ->
                new Message(
                    "inquiry.author." + f.author().name().toLowerCase(Locale.ROOT),
                    date(f.at(), language),
                    f.text()))
        .toList();
  }
}
