package lu.creativecluster.adapter.rest.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import lu.creativecluster.application.port.in.inquiry.TrackInquiryUseCase;
import lu.creativecluster.application.port.in.member.MemberDirectoryGenerationUseCase;
import org.eclipse.microprofile.config.Config;

/**
 * REST adapter: keeps the public API's answers as an anonymous caller gets them, so that a list or
 * profile is read and written as JSON when what it shows may have changed rather than on every
 * call. The API's twin of the web UI's page cache, with the same freshness rules and setting.
 *
 * <p>Freshness: each answer is kept under a token read before the resource runs, and replayed only
 * while that token is still the current one ({@link AnswerFreshness}): the sectors for the
 * deployment's life; the member directory while its generation stands (so a member edit shows on
 * the next call); the other public lists and figures for {@code cluster.page-cache.seconds}
 * (default 30; 0 never keeps them); an inquiry's tracking answer while no inquiry changed (the
 * tracking stamp, which another server sees within a second, as the tracking read itself does).
 *
 * <p>Bounds: an answer is kept only if it is at most {@link #LARGEST_ANSWER} bytes, and all kept
 * answers together at most {@link #BUDGET} bytes, the least recently used going first, so visitors'
 * varied queries cannot grow it without limit. The 404s of paths no resource answers ({@link
 * AnswerFreshness#UNMATCHED}) have a store of their own of at most {@link #UNMATCHED_ENTRIES}.
 */
@ApplicationScoped
public class PublicAnswerCache {

  /** Configuration: how long a public list is replayed, in seconds (shared with the pages). */
  static final String BRIEFLY_SETTING = "cluster.page-cache.seconds";

  static final Duration DEFAULT_BRIEFLY = Duration.ofSeconds(30);

  static final int LARGEST_ANSWER = 256 * 1024;

  static final long BUDGET = 8L * 1024 * 1024;

  /** 404s of unmatched paths kept, least recently used going first: a few hundred bytes each. */
  static final int UNMATCHED_ENTRIES = 512;

  private static final Object RELEASE = "release";

  /** The token of unmatched paths' 404s, which live in their own store. */
  private static final Object UNMATCHED_TOKEN = "unmatched";

  /** One answer as asked for: path and query as sent, and the headers resources negotiate on. */
  record Key(String target, String accept, String acceptLanguage) {}

  private record Entry(Object token, PublicAnswer answer) {}

  private final LongSupplier memberGeneration;
  private final Supplier<Object> trackingStamp;
  private final long brieflyNanos;
  private final LongSupplier nanoTime;
  private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<Key, PublicAnswer> unmatched =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PublicAnswer> eldest) {
          return size() > UNMATCHED_ENTRIES;
        }
      };
  private long keptBytes;

  /** For CDI's client proxy only. */
  protected PublicAnswerCache() {
    this(() -> 0L, Object::new, Duration.ZERO, System::nanoTime);
  }

  @Inject
  public PublicAnswerCache(
      MemberDirectoryGenerationUseCase directory, TrackInquiryUseCase tracking, Config config) {
    this(
        directory::generation,
        tracking::freshness,
        config
            .getOptionalValue(BRIEFLY_SETTING, Long.class)
            .map(Duration::ofSeconds)
            .orElse(DEFAULT_BRIEFLY),
        System::nanoTime);
  }

  PublicAnswerCache(
      LongSupplier memberGeneration,
      Supplier<Object> trackingStamp,
      Duration briefly,
      LongSupplier nanoTime) {
    this.memberGeneration = memberGeneration;
    this.trackingStamp = trackingStamp;
    this.brieflyNanos = briefly.isNegative() ? 0 : briefly.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Whether answers of this freshness are kept at all (brief ones not when the setting is 0). */
  boolean keeps(AnswerFreshness freshness) {
    return freshness != AnswerFreshness.BRIEF || brieflyNanos > 0;
  }

  /** What an answer of this freshness is kept under now. */
  Object token(AnswerFreshness freshness) {
    return switch (freshness) {
      case RELEASE -> RELEASE;
      case UNMATCHED -> UNMATCHED_TOKEN;
      case MEMBERS -> memberGeneration.getAsLong();
      case BRIEF -> nanoTime.getAsLong() / Math.max(1, brieflyNanos);
      case TRACKING -> trackingStamp.get();
    };
  }

  /** The answer kept under this token, if any. */
  synchronized Optional<PublicAnswer> get(Key key, Object token) {
    if (token == UNMATCHED_TOKEN) {
      return Optional.ofNullable(unmatched.get(key));
    }
    Entry entry = entries.get(key);
    return entry != null && Objects.equals(entry.token(), token)
        ? Optional.of(entry.answer())
        : Optional.empty();
  }

  /** Keeps an answer within the bounds, dropping the least recently used ones to make room. */
  synchronized void keep(Key key, Object token, PublicAnswer answer) {
    if (answer.size() > LARGEST_ANSWER) {
      return;
    }
    if (token == UNMATCHED_TOKEN) {
      unmatched.put(key, answer);
      return;
    }
    Entry replaced = entries.put(key, new Entry(token, answer));
    keptBytes += answer.size() - (replaced == null ? 0 : replaced.answer().size());
    Iterator<Map.Entry<Key, Entry>> eldest = entries.entrySet().iterator();
    while (keptBytes > BUDGET && eldest.hasNext()) {
      keptBytes -= eldest.next().getValue().answer().size();
      eldest.remove();
    }
  }

  synchronized long keptBytes() {
    return keptBytes;
  }

  synchronized int size() {
    return entries.size();
  }
}
