package lu.creativecluster.application.service.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lu.creativecluster.domain.account.SignInPolicy;

/**
 * Helper: failed sign-ins per submitted e-mail address, kept in memory, whether an account has the
 * address or not (so the delays reveal nothing). An attempt is counted as a failure when it is
 * admitted and forgiven when it succeeds, so parallel guesses cannot slip through one free slot. At
 * most {@code maxAddresses} addresses are kept (least recently seen go first, forgotten ones are
 * dropped).
 */
final class SubmittedAddressFailures {

  static final int DEFAULT_MAX_ADDRESSES = 50_000;

  /** Longer "addresses" are cut here: the key need not hold a novel to tell guesses apart. */
  private static final int MAX_KEY_LENGTH = 254;

  private final SignInPolicy policy;
  private final int maxAddresses;
  private final LinkedHashMap<String, Failures> failures;

  private record Failures(int count, Instant last) {}

  SubmittedAddressFailures(SignInPolicy policy, int maxAddresses) {
    if (maxAddresses < 1) {
      throw new IllegalArgumentException("maxAddresses is positive");
    }
    this.policy = policy;
    this.maxAddresses = maxAddresses;
    this.failures = new LinkedHashMap<>(16, 0.75f, true);
  }

  /** The same key for every spelling of one address: trimmed, lower case, bounded. */
  static String keyOf(String submitted) {
    String key = submitted.strip().toLowerCase(Locale.ROOT);
    return key.length() <= MAX_KEY_LENGTH ? key : key.substring(0, MAX_KEY_LENGTH);
  }

  /**
   * Admits an attempt for this address, counting it as a failure until {@link #succeeded} says
   * otherwise; or refuses it, without counting, while the wait after earlier failures lasts.
   *
   * @return whether the attempt may check the password
   */
  synchronized boolean admit(String key, Instant now) {
    Failures known = failures.get(key);
    if (known != null && !now.isBefore(known.last().plus(policy.forgetAfter()))) {
      failures.remove(key);
      known = null;
    }
    int count = known == null ? 0 : known.count();
    if (known != null) {
      Duration wait = policy.delayAfter(count);
      if (now.isBefore(known.last().plus(wait))) {
        return false;
      }
    }
    failures.put(key, new Failures(count + 1, now));
    evictForgottenAndOverflow(now);
    return true;
  }

  /** The admitted attempt had the right password: the address starts afresh. */
  synchronized void succeeded(String key) {
    failures.remove(key);
  }

  synchronized int failuresOf(String key) {
    Failures known = failures.get(key);
    return known == null ? 0 : known.count();
  }

  synchronized int trackedAddresses() {
    return failures.size();
  }

  private void evictForgottenAndOverflow(Instant now) {
    Iterator<Map.Entry<String, Failures>> eldestFirst = failures.entrySet().iterator();
    while (eldestFirst.hasNext()) {
      Failures eldest = eldestFirst.next().getValue();
      boolean overCap = failures.size() > maxAddresses;
      boolean forgotten = !now.isBefore(eldest.last().plus(policy.forgetAfter()));
      if (!overCap && !forgotten) {
        return;
      }
      eldestFirst.remove();
    }
  }
}
