package lu.creativecluster.adapter.webui.impact;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.impact.RecordVisitsUseCase;
import lu.creativecluster.application.port.in.impact.VisitTally;
import lu.creativecluster.application.port.out.system.RepeatingTasks;

/**
 * Web adapter: the site's own visit counter, without cookies.
 *
 * <p>A visitor is known by a key: the first 16 bytes of SHA-256(salt, client address, user agent),
 * where the salt is 32 random bytes that exist only in this server's memory and are replaced when
 * the day changes in Luxembourg. The address and the user agent are never stored, and a key cannot
 * be linked to the same visitor's key of another day (nor recomputed after a restart).
 *
 * <p>Why buffered: a page must not wait for a database write. Views are added up in memory per
 * (day, key) and written every {@value #FLUSH_SECONDS} s as a {@link RepeatingTasks} repetition, in
 * one transaction. The buffer holds at most {@value #MAX_KEYS} visitor-days; views of further new
 * visitors are dropped (and counted in {@link #dropped()}) until the next flush, so a flood cannot
 * exhaust memory. Views buffered when the server stops are written at shutdown; a crash loses at
 * most a few seconds of them.
 */
@ApplicationScoped
public class VisitCounter {

  static final int FLUSH_SECONDS = 5;
  static final int MAX_KEYS = 50_000;
  static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

  private static final Logger LOG = Logger.getLogger(VisitCounter.class.getName());

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Tally> buffer = new ConcurrentHashMap<>();
  private final AtomicLong dropped = new AtomicLong();
  private volatile Salt salt;
  private RepeatingTasks.Repetition flushing;

  @Inject RecordVisitsUseCase recordVisits;
  @Inject Clock clock;

  @Inject RepeatingTasks tasks;

  private record Salt(LocalDate day, byte[] bytes) {}

  /** Views of one visitor on one day, since the last flush. */
  private static final class Tally {
    final LocalDate day;
    final String key;
    Instant first;
    Instant last;
    int views;

    Tally(LocalDate day, String key, Instant at) {
      this.day = day;
      this.key = key;
      this.first = at;
      this.last = at;
    }
  }

  @PostConstruct
  void start() {
    if (tasks != null) {
      Duration every = Duration.ofSeconds(FLUSH_SECONDS);
      flushing = tasks.every(every, every, this::flushQuietly);
    }
  }

  @PreDestroy
  void stop() {
    if (flushing != null) {
      flushing.cancel();
    }
    flushQuietly();
  }

  /** Counts one view of a public page by this client. */
  public void count(String clientAddress, String userAgent) {
    Instant now = clock.instant();
    LocalDate day = LocalDate.ofInstant(now, LUXEMBOURG);
    String key = key(day, String.valueOf(clientAddress), String.valueOf(userAgent));
    String slot = day + "/" + key;
    if (!buffer.containsKey(slot) && buffer.size() >= MAX_KEYS) {
      dropped.incrementAndGet();
      return;
    }
    Tally tally = buffer.computeIfAbsent(slot, s -> new Tally(day, key, now));
    synchronized (tally) {
      if (now.isBefore(tally.first)) {
        tally.first = now;
      }
      if (now.isAfter(tally.last)) {
        tally.last = now;
      }
      tally.views++;
    }
  }

  /** Writes what was counted since the last flush. */
  public void flush() {
    List<VisitTally> batch = new ArrayList<>();
    for (String slot : List.copyOf(buffer.keySet())) {
      Tally tally = buffer.remove(slot);
      if (tally == null) {
        continue;
      }
      synchronized (tally) {
        if (tally.views > 0) {
          batch.add(new VisitTally(tally.day, tally.key, tally.first, tally.last, tally.views));
        }
      }
    }
    recordVisits.record(batch);
  }

  public long dropped() {
    return dropped.get();
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      // The counter is a statistic: a failed write costs a few seconds of views, never a page.
      LOG.log(Level.WARNING, "could not store the counted visits; they are dropped", e);
    }
  }

  String key(LocalDate day, String address, String userAgent) {
    Salt current = salt;
    if (current == null || !current.day().equals(day)) {
      current = rotate(day);
    }
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(current.bytes());
      sha256.update((address + "\u0000" + userAgent).getBytes(StandardCharsets.UTF_8));
      byte[] digest = sha256.digest();
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private synchronized Salt rotate(LocalDate day) {
    if (salt == null || !salt.day().equals(day)) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      salt = new Salt(day, bytes);
    }
    return salt;
  }
}
