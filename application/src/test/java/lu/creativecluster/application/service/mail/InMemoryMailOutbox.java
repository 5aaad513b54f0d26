package lu.creativecluster.application.service.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lu.creativecluster.application.port.out.mail.LinkMail;
import lu.creativecluster.application.port.out.mail.MailContent;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.QueuedMail;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.account.TokenPurpose;

/** Test fake of the {@link MailOutbox} port, keeping every mail with its delivery state. */
public final class InMemoryMailOutbox implements MailOutbox {

  /** One mail as the outbox holds it. */
  public static final class Entry {
    private final UUID id = UUID.randomUUID();
    private final MailContent mail;
    private final Instant enqueuedAt;
    private int attempts;
    private Instant nextAttemptAt;
    private Instant deliveredAt;
    private String lastError;

    private Entry(MailContent mail, Instant enqueuedAt) {
      this.mail = mail;
      this.enqueuedAt = enqueuedAt;
      this.nextAttemptAt = enqueuedAt;
    }

    public UUID id() {
      return id;
    }

    public MailContent mail() {
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

  /**
   * Where a transaction starts: running the returned action puts the outbox back as it was then, as
   * a database rolls back the writes of a use case that failed.
   */
  public Runnable checkpoint() {
    List<Entry> before = new ArrayList<>(entries);
    List<Runnable> restores =
        before.stream()
            .map(
                e -> {
                  int attempts = e.attempts;
                  Instant next = e.nextAttemptAt;
                  Instant delivered = e.deliveredAt;
                  String error = e.lastError;
                  return (Runnable)
                      () -> {
                        e.attempts = attempts;
                        e.nextAttemptAt = next;
                        e.deliveredAt = delivered;
                        e.lastError = error;
                      };
                })
            .toList();
    return () -> {
      entries.clear();
      entries.addAll(before);
      restores.forEach(Runnable::run);
    };
  }

  @Override
  public void enqueue(MailContent mail, Instant at) {
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
  public synchronized List<QueuedMail> claim(Instant now, int max, Instant leaseUntil) {
    List<QueuedMail> claimed = due(now, max);
    claimed.forEach(m -> entry(m.id()).nextAttemptAt = leaseUntil);
    return claimed;
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

  @Override
  public void withdraw(UUID id) {
    entries.removeIf(e -> e.id.equals(id));
  }

  @Override
  public int withdrawLinkMailsOf(AccountId account) {
    int before = entries.size();
    entries.removeIf(
        e ->
            e.deliveredAt == null
                && e.mail instanceof LinkMail link
                && link.account().equals(account));
    return before - entries.size();
  }

  @Override
  public long linkMailsSince(AccountId account, TokenPurpose purpose, Instant since) {
    return entries.stream()
        .filter(e -> !e.enqueuedAt.isBefore(since))
        .map(Entry::mail)
        .filter(m -> m instanceof LinkMail link && link.account().equals(account))
        .filter(m -> ((LinkMail) m).purpose() == purpose)
        .count();
  }

  /** Recording the delivery of this mail fails, as when the database is briefly away. */
  public void failToRecordDeliveryOf(UUID id) {
    this.unrecordable = id;
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  /** The finished mails (everything but account link mails), in the order they were enqueued. */
  public List<lu.creativecluster.application.port.out.mail.OutgoingMail> outgoingMails() {
    return entries.stream()
        .map(Entry::mail)
        .filter(lu.creativecluster.application.port.out.mail.OutgoingMail.class::isInstance)
        .map(lu.creativecluster.application.port.out.mail.OutgoingMail.class::cast)
        .toList();
  }

  public List<MailContent> mails() {
    return entries.stream().map(Entry::mail).toList();
  }

  /** The link mails waiting or delivered, in the order they were enqueued. */
  public List<LinkMail> linkMails() {
    return entries.stream()
        .map(Entry::mail)
        .filter(LinkMail.class::isInstance)
        .map(LinkMail.class::cast)
        .toList();
  }

  private Entry entry(UUID id) {
    return entries.stream()
        .filter(e -> e.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no mail " + id));
  }
}
