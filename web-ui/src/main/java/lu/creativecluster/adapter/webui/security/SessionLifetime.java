package lu.creativecluster.adapter.webui.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Security adapter: the absolute limit of a session. The container ends a session after 30 idle
 * minutes (web.xml); this ends one 12 hours after it began (after sign-in, for a signed-in person),
 * however busy it was, so a stolen session cookie does not work for ever.
 */
final class SessionLifetime {

  static final Duration MAXIMUM = Duration.ofHours(12);

  private SessionLifetime() {}

  static boolean isOver(Instant began, Instant now) {
    return !now.isBefore(began.plus(MAXIMUM));
  }
}
