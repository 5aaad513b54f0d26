package lu.creativecluster.application.service.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.application.port.out.mail.QueuedMail;

/** Test fake of the {@link MailOutbox} port, keeping every mail with its delivery state. */
public final class InMemoryMailOutbox implements MailOutbox {

  /** One mail as the outbox holds it. */
  public static final class Entry {
    private final UUID id = UUID.randomUUID();
    private final OutgoingMail mail;
    private final Instant enqueuedAt;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant deliveredAt;
    private String lastError;

    private Entry(OutgoingMail mail, Instant enqueuedAt) {
      this.mail = mail;
      this.enqueuedAt = enqueuedAt;
      this.nextAttemptAt = enqueuedAt;
    }

    public UUID id() {
      return id;
    }

    public OutgoingMail mail() {
      return mail;
    }

    public int attempts() {
      return attempts;
    }

    public Instant nextAttemptAt() {
      return nextAttemptAt;
    }

    public Optional<Instant> deliveredAt() {
      return Optional.ofNullable(deliveredAt);
    }

    public String lastError() {
      return lastError;
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private UUID unrecordable;

  @Override
  public void enqueue(OutgoingMail mail, Instant at) {
    entries.add(new Entry(mail, at));
  }

  @Override
  public List<QueuedMail> due(Instant now, int max) {
    return entries.stream()
        .filter(e -> e.deliveredAt == null && !e.nextAttemptAt.isAfter(now))
        .sorted(Comparator.comparing((Entry e) -> e.enqueuedAt))
        .limit(max)
        .map(e -> new QueuedMail(e.id, e.mail, e.attempts, e.nextAttemptAt))
        .toList();
  }

  @Override
  public void delivered(UUID id, Instant at) {
    if (id.equals(unrecordable)) {
      throw new IllegalStateException("database unavailable");
    }
    entry(id).deliveredAt = at;
  }

  @Override
  public void attemptFailed(UUID id, int attempts, Instant nextAttemptAt, String error) {
    Entry entry = entry(id);
    entry.attempts = attempts;
    entry.nextAttemptAt = nextAttemptAt;
    entry.lastError = error;
  }

  /** Recording the delivery of this mail fails, as when the database is briefly away. */
  public void failToRecordDeliveryOf(UUID id) {
    this.unrecordable = id;
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public List<OutgoingMail> mails() {
    return entries.stream().map(Entry::mail).toList();
  }

  private Entry entry(UUID id) {
    return entries.stream()
        .filter(e -> e.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no mail " + id));
  }
}
