package lu.creativecluster.adapter.webui.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import lu.creativecluster.domain.shared.Language;

/**
 * View model helper: instants as the cluster's staff read them, in Luxembourg time and in the
 * page's language; and as ISO text for {@code <time datetime>}.
 */
final class Timestamps {

  /** The cluster works in Luxembourg; staff compare entries with their own clock. */
  static final ZoneId ZONE = ZoneId.of("Europe/Luxembourg");

  private Timestamps() {}

  static String shown(Instant at, Language language) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(language.locale())
        .withZone(ZONE)
        .format(at);
  }

  static String machine(Instant at) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZONE).format(at);
  }
}
