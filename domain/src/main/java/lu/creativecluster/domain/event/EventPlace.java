package lu.creativecluster.domain.event;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.shared.ShortTexts;

/**
 * Value object: where an event takes place: a venue, an online link (https only, as it goes into
 * mails and calendars), or both for a hybrid event.
 */
public record EventPlace(Optional<String> venue, Optional<URI> onlineLink) {

  public static final int MAX_VENUE = 300;

  /** As long as the stored column; real meeting links are far shorter. */
  public static final int MAX_LINK = 2_000;

  public EventPlace {
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(onlineLink, "onlineLink");
    venue = venue.map(v -> ShortTexts.singleLine(v, "venue", MAX_VENUE));
    onlineLink.ifPresent(EventPlace::requireHttps);
    if (venue.isEmpty() && onlineLink.isEmpty()) {
      throw new IllegalArgumentException("an event has a venue or an online link");
    }
  }

  public static EventPlace venue(String venue) {
    return new EventPlace(Optional.of(venue), Optional.empty());
  }

  public static EventPlace online(URI link) {
    return new EventPlace(Optional.empty(), Optional.of(link));
  }

  private static void requireHttps(URI link) {
    String scheme = link.getScheme();
    if (!link.isAbsolute()
        || scheme == null
        || !"https".equals(scheme.toLowerCase(Locale.ROOT))
        || link.getHost() == null
        || link.toString().length() > MAX_LINK) {
      throw new IllegalArgumentException(
          "an online link is an https address of at most " + MAX_LINK + " characters");
    }
  }
}
