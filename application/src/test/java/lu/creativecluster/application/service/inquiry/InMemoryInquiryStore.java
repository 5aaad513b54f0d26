package lu.creativecluster.application.service.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import lu.creativecluster.application.port.in.inquiry.InboxPage;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.inquiry.RoutingRules;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.inquiry.RoutingRule;
import lu.creativecluster.domain.shared.Email;

/**
 * Test fake of the {@link Inquiries} and {@link Recipients} ports, and of {@link RoutingRules}
 * through {@link #routingRules()}: keeps copies (rebuilt through {@link Inquiry#reconstitute}), so
 * a caller's later change is not stored until saved, and checks versions as the database does.
 */
public final class InMemoryInquiryStore implements Inquiries, Recipients {

  private final Map<InquiryId, Inquiry> inquiries = new ConcurrentHashMap<>();
  private final Map<RecipientId, Recipient> recipients = new ConcurrentHashMap<>();
  private final Map<UUID, RoutingRule> rules = new ConcurrentHashMap<>();
  private long writes;

  // ---------------------------------------------------------------- Inquiries

  @Override
  public synchronized void add(Inquiry inquiry) {
    if (inquiries.containsKey(inquiry.id())) {
      throw new IllegalStateException("inquiry " + inquiry.id() + " exists");
    }
    inquiries.put(inquiry.id(), copy(inquiry, 0));
    writes++;
  }

  @Override
  public synchronized void save(Inquiry inquiry) {
    Inquiry stored = inquiries.get(inquiry.id());
    if (stored == null) {
      throw new IllegalArgumentException("no inquiry " + inquiry.id());
    }
    if (stored.version() != inquiry.version()) {
      throw new ConcurrentUpdateException("inquiry " + inquiry.id(), null);
    }
    inquiries.put(inquiry.id(), copy(inquiry, inquiry.version() + 1));
    writes++;
  }

  @Override
  public synchronized Object trackingStamp() {
    return writes;
  }

  @Override
  public Optional<Inquiry> byId(InquiryId id) {
    return Optional.ofNullable(inquiries.get(id)).map(i -> copy(i, i.version()));
  }

  @Override
  public Optional<Inquiry> byTrackingHash(String hash) {
    return find(i -> i.trackingHash().filter(hash::equals).isPresent()).findFirst();
  }

  @Override
  public Optional<Inquiry> byRecipientLinkHash(String hash) {
    return find(i -> i.recipientLinkHash().filter(hash::equals).isPresent()).findFirst();
  }

  @Override
  public InboxPage inbox(InboxQuery query, LocalDate today) {
    String q = query.q().toLowerCase(Locale.ROOT);
    List<Inquiry> matching =
        find(i ->
                (query.statuses().isEmpty() || query.statuses().contains(i.status()))
                    && (query.topics().isEmpty() || query.topics().contains(i.topic()))
                    && (query.recipient().isEmpty() || query.recipient().equals(i.recipient()))
                    && (!query.overdueOnly() || i.isOverdue(today))
                    && (q.isEmpty() || text(i).contains(q)))
            .sorted(newestFirst())
            .toList();
    List<Inquiry> page =
        matching.stream().skip((long) query.page() * query.size()).limit(query.size()).toList();
    return new InboxPage(page, matching.size(), query.page(), query.size());
  }

  @Override
  public List<Inquiry> overdueUnreminded(LocalDate today, int max) {
    return find(i ->
            i.status() == InquiryStatus.FORWARDED
                && today.isAfter(i.dueDate())
                && i.remindedAt().isEmpty())
        .sorted(Comparator.comparing(Inquiry::dueDate).thenComparing(i -> i.id().toString()))
        .limit(max)
        .toList();
  }

  @Override
  public List<Inquiry> closedBeforeNotAnonymised(Instant before, int max) {
    return find(i ->
            i.status().isFinal()
                && i.anonymisedAt().isEmpty()
                && i.closedAt().filter(at -> at.isBefore(before)).isPresent())
        .sorted(Comparator.comparing((Inquiry i) -> i.closedAt().orElseThrow()))
        .limit(max)
        .toList();
  }

  @Override
  public List<Inquiry> receivedBetween(Instant from, Instant to) {
    return find(i -> !i.receivedAt().isBefore(from) && i.receivedAt().isBefore(to))
        .sorted(Comparator.comparing(Inquiry::receivedAt))
        .toList();
  }

  @Override
  public List<Inquiry> byAskerEmail(Email email) {
    return find(i -> i.asker().map(Asker::email).filter(email::equals).isPresent())
        .sorted(newestFirst())
        .toList();
  }

  // ---------------------------------------------------------------- Recipients

  @Override
  public void put(Recipient recipient) {
    recipients.put(recipient.id(), recipient);
  }

  @Override
  public Optional<Recipient> byId(RecipientId id) {
    return Optional.ofNullable(recipients.get(id));
  }

  @Override
  public List<Recipient> all() {
    return recipients.values().stream()
        .sorted(Comparator.comparing(Recipient::name).thenComparing(r -> r.id().toString()))
        .toList();
  }

  // ---------------------------------------------------------------- RoutingRules

  public void add(RoutingRule rule) {
    rules.put(rule.id(), rule);
  }

  public void remove(UUID id) {
    rules.remove(id);
  }

  /** The routing rules, as {@link RoutingRules#all} (named apart from {@link Recipients#all}). */
  public List<RoutingRule> rules() {
    return rules.values().stream()
        .sorted(Comparator.comparing(RoutingRule::topic).thenComparing(r -> r.id().toString()))
        .toList();
  }

  /** The {@link RoutingRules} view of this store. */
  public RoutingRules routingRules() {
    InMemoryInquiryStore store = this;
    return new RoutingRules() {
      @Override
      public void add(RoutingRule rule) {
        store.add(rule);
      }

      @Override
      public void remove(UUID id) {
        store.remove(id);
      }

      @Override
      public List<RoutingRule> all() {
        return store.rules();
      }
    };
  }

  private Stream<Inquiry> find(java.util.function.Predicate<Inquiry> filter) {
    return inquiries.values().stream().filter(filter).map(i -> copy(i, i.version()));
  }

  private static Comparator<Inquiry> newestFirst() {
    return Comparator.comparing(Inquiry::receivedAt)
        .reversed()
        .thenComparing(i -> i.id().toString());
  }

  private static String text(Inquiry i) {
    return (i.message()
            + " "
            + i.asker().map(a -> a.name() + " " + a.email() + " " + a.organisation()).orElse(""))
        .toLowerCase(Locale.ROOT);
  }

  static Inquiry copy(Inquiry i, long version) {
    Inquiry.State s = new Inquiry.State();
    s.id = i.id();
    s.kind = i.kind();
    s.topic = i.topic();
    s.sector = i.sector();
    s.message = i.message();
    s.asker = i.asker();
    s.language = i.language();
    s.receivedAt = i.receivedAt();
    s.dueDate = i.dueDate();
    s.status = i.status();
    s.recipient = i.recipient();
    s.trackingHash = i.trackingHash();
    s.recipientLinkHash = i.recipientLinkHash();
    s.answer = i.answer();
    s.closedAt = i.closedAt();
    s.remindedAt = i.remindedAt();
    s.anonymisedAt = i.anonymisedAt();
    s.followUps = i.followUps();
    s.history = i.history();
    s.version = version;
    return Inquiry.reconstitute(s);
  }
}
