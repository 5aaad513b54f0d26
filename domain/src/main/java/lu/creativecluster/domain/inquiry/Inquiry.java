package lu.creativecluster.domain.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;

/**
 * Aggregate: a question or offer someone sent the cluster, followed until it is answered and
 * closed. Every change of status goes through one method that checks the status machine ({@link
 * InquiryStatus#canMoveTo}) and records a step with who, when and why.
 *
 * <p>The asker holds a tracking link and the recipient a link of its own; only the hashes of their
 * secrets are kept here. The recipient's link expires when the inquiry is closed or rejected, the
 * tracking link when the inquiry is anonymised.
 */
public final class Inquiry {

  /** Due dates are counted in Luxembourg's working days, so on its calendar. */
  public static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

  public static final int MAX_MESSAGE = 5000;

  private final InquiryId id;
  private final InquiryKind kind;
  private final InquiryTopic topic;
  private final Optional<SectorCode> sector;
  private String message;
  private Optional<Asker> asker;
  private final Language language;
  private final Instant receivedAt;
  private final LocalDate dueDate;
  private InquiryStatus status;
  private Optional<RecipientId> recipient;
  private Optional<String> trackingHash;
  private Optional<String> recipientLinkHash;
  private Optional<Answer> answer;
  private Optional<Instant> closedAt;
  private Optional<Instant> remindedAt;
  private Optional<Instant> anonymisedAt;
  private final List<FollowUp> followUps;
  private final List<InquiryStep> history;
  private final long version;

  private Inquiry(State s) {
    this.id = Objects.requireNonNull(s.id, "id");
    this.kind = Objects.requireNonNull(s.kind, "kind");
    this.topic = Objects.requireNonNull(s.topic, "topic");
    this.sector = Objects.requireNonNull(s.sector, "sector");
    this.message = Objects.requireNonNull(s.message, "message");
    this.asker = Objects.requireNonNull(s.asker, "asker");
    this.language = Objects.requireNonNull(s.language, "language");
    this.receivedAt = Objects.requireNonNull(s.receivedAt, "receivedAt");
    this.dueDate = Objects.requireNonNull(s.dueDate, "dueDate");
    this.status = Objects.requireNonNull(s.status, "status");
    this.recipient = Objects.requireNonNull(s.recipient, "recipient");
    this.trackingHash = Objects.requireNonNull(s.trackingHash, "trackingHash");
    this.recipientLinkHash = Objects.requireNonNull(s.recipientLinkHash, "recipientLinkHash");
    this.answer = Objects.requireNonNull(s.answer, "answer");
    this.closedAt = Objects.requireNonNull(s.closedAt, "closedAt");
    this.remindedAt = Objects.requireNonNull(s.remindedAt, "remindedAt");
    this.anonymisedAt = Objects.requireNonNull(s.anonymisedAt, "anonymisedAt");
    this.followUps = new ArrayList<>(s.followUps);
    this.history = new ArrayList<>(s.history);
    this.version = s.version;
  }

  /**
   * A new inquiry as the asker sent it. Consent to processing is required: without it nothing may
   * be stored.
   *
   * @param trackingHash the hash of the asker's tracking secret
   * @param dueDate the day the answer is due, see {@link WorkingDays#after}
   */
  public static Inquiry receive(
      InquiryId id,
      InquiryKind kind,
      InquiryTopic topic,
      Optional<SectorCode> sector,
      String message,
      Asker asker,
      Language language,
      boolean consent,
      String trackingHash,
      Instant at,
      LocalDate dueDate) {
    if (!consent) {
      throw new InvalidInquiryException("consent", "is required to process the inquiry");
    }
    Objects.requireNonNull(asker, "asker");
    Objects.requireNonNull(trackingHash, "trackingHash");
    State s = new State();
    s.id = id;
    s.kind = kind;
    s.topic = topic;
    s.sector = sector;
    s.message = InquiryTexts.text(message, "message", MAX_MESSAGE, true);
    s.asker = Optional.of(asker);
    s.language = language;
    s.receivedAt = at;
    s.dueDate = dueDate;
    s.status = InquiryStatus.RECEIVED;
    s.trackingHash = Optional.of(trackingHash);
    s.history = List.of(new InquiryStep(InquiryStep.Kind.RECEIVED, s.status, "visitor", at, ""));
    return new Inquiry(s);
  }

  /** Rebuilds an inquiry from storage, as it was saved; the one way adapters create one. */
  public static Inquiry reconstitute(State state) {
    return new Inquiry(state);
  }

  /** The due date of an inquiry received at this moment, given the working days it gets. */
  public static LocalDate dueDateFor(Instant receivedAt, int workingDays) {
    return WorkingDays.after(LocalDate.ofInstant(receivedAt, LUXEMBOURG), workingDays);
  }

  // ------------------------------------------------------------------ transitions

  /** Staff looked at it and chose (or confirmed) who should answer; may be done again. */
  public void triage(Optional<RecipientId> chosen, String by, Instant at, String why) {
    Objects.requireNonNull(chosen, "chosen");
    move(InquiryStatus.TRIAGED, InquiryStep.Kind.TRIAGED, "triaged", by, at, why);
    recipient = chosen;
    recipientLinkHash = Optional.empty();
  }

  /**
   * Sent to a recipient with a private link of its own (a fresh one: a link given to an earlier
   * recipient stops working).
   */
  public void forwardTo(RecipientId to, String linkHash, String by, Instant at, String why) {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(linkHash, "linkHash");
    move(InquiryStatus.FORWARDED, InquiryStep.Kind.FORWARDED, "forwarded", by, at, why);
    recipient = Optional.of(to);
    recipientLinkHash = Optional.of(linkHash);
  }

  /** The recipient will not answer; staff triage it again. Its link stops working. */
  public void decline(Instant at, String why) {
    requireStatus(InquiryStatus.FORWARDED, "declined");
    String by = recipientName();
    move(InquiryStatus.TRIAGED, InquiryStep.Kind.DECLINED, "declined", by, at, why);
    recipient = Optional.empty();
    recipientLinkHash = Optional.empty();
  }

  /** The recipient it was forwarded to records the answer through its link. */
  public void answerAsRecipient(String text, Instant at) {
    requireStatus(InquiryStatus.FORWARDED, "answered");
    String by = recipientName();
    Answer given = Answer.of(text, by, recipient, at);
    move(InquiryStatus.ANSWERED, InquiryStep.Kind.ANSWERED, "answered", by, at, "");
    answer = Optional.of(given);
  }

  /** Staff answer themselves, whether or not it was forwarded. */
  public void answerDirectly(String text, String by, Instant at) {
    Answer given = Answer.of(text, by, Optional.empty(), at);
    move(InquiryStatus.ANSWERED, InquiryStep.Kind.ANSWERED, "answered", by, at, "");
    answer = Optional.of(given);
  }

  /** Spam or abuse: never answered, never counted as answered. */
  public void reject(String by, Instant at, String why) {
    move(InquiryStatus.REJECTED, InquiryStep.Kind.REJECTED, "rejected", by, at, why);
    recipientLinkHash = Optional.empty();
    closedAt = Optional.of(at);
  }

  /**
   * Done. An answered inquiry closes without a word; one that was never answered needs a reason
   * (withdrawn, duplicate, answered by phone), so nobody closes a question to hide it.
   */
  public void close(String by, Instant at, String why) {
    if (status != InquiryStatus.ANSWERED && (why == null || why.isBlank())) {
      if (status.canMoveTo(InquiryStatus.CLOSED)) {
        throw new InvalidInquiryException("why", "is required to close an unanswered inquiry");
      }
    }
    move(InquiryStatus.CLOSED, InquiryStep.Kind.CLOSED, "closed", by, at, why);
    recipientLinkHash = Optional.empty();
    closedAt = Optional.of(at);
  }

  /** A further message on an open inquiry; the status does not change. */
  public void addFollowUp(FollowUp.Author author, String text, String by, Instant at) {
    if (status.isFinal()) {
      throw new IllegalInquiryTransitionException(status, "followed up");
    }
    FollowUp followUp = FollowUp.of(author, at, text);
    followUps.add(followUp);
    history.add(new InquiryStep(InquiryStep.Kind.FOLLOW_UP, status, by, at, ""));
  }

  /** The recipient was reminded that the answer is overdue; this happens once per inquiry. */
  public void markReminded(Instant at) {
    if (status != InquiryStatus.FORWARDED || remindedAt.isPresent()) {
      throw new IllegalInquiryTransitionException(status, "reminded");
    }
    remindedAt = Optional.of(at);
    history.add(new InquiryStep(InquiryStep.Kind.REMINDED, status, "system", at, ""));
  }

  /**
   * Removes the asker's personal data (name, address, organisation, the texts they wrote and were
   * sent, notes that may name them) and ends the tracking link. What the figures need stays: kind,
   * topic, sector, language, recipient, status and every timestamp.
   */
  public void anonymise(Instant at) {
    if (!status.isFinal()) {
      throw new IllegalInquiryTransitionException(status, "anonymised");
    }
    if (anonymisedAt.isPresent()) {
      return;
    }
    asker = Optional.empty();
    message = "";
    trackingHash = Optional.empty();
    recipientLinkHash = Optional.empty();
    answer = answer.map(Answer::anonymised);
    followUps.replaceAll(FollowUp::anonymised);
    history.replaceAll(InquiryStep::withoutWhy);
    history.add(new InquiryStep(InquiryStep.Kind.ANONYMISED, status, "system", at, ""));
    anonymisedAt = Optional.of(at);
  }

  private void move(
      InquiryStatus next,
      InquiryStep.Kind step,
      String attempted,
      String by,
      Instant at,
      String why) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    if (!status.canMoveTo(next)) {
      throw new IllegalInquiryTransitionException(status, attempted);
    }
    InquiryStep recorded = new InquiryStep(step, next, by, at, why);
    status = next;
    history.add(recorded);
  }

  private void requireStatus(InquiryStatus required, String attempted) {
    if (status != required) {
      throw new IllegalInquiryTransitionException(status, attempted);
    }
  }

  private String recipientName() {
    return "recipient:" + recipient.map(RecipientId::toString).orElse("");
  }

  // ------------------------------------------------------------------ queries

  /** Still waiting for its answer after its due date (Luxembourg's calendar day {@code today}). */
  public boolean isOverdue(LocalDate today) {
    return status.awaitsAnswer() && today.isAfter(dueDate);
  }

  /** From receipt to the answer; empty while unanswered. */
  public Optional<Duration> timeToAnswer() {
    return answer.map(a -> Duration.between(receivedAt, a.at()));
  }

  /** The recipient's link works while the inquiry is forwarded or answered, not after closing. */
  public boolean recipientLinkOpen() {
    return recipientLinkHash.isPresent() && !status.isFinal();
  }

  public InquiryId id() {
    return id;
  }

  public InquiryKind kind() {
    return kind;
  }

  public InquiryTopic topic() {
    return topic;
  }

  public Optional<SectorCode> sector() {
    return sector;
  }

  /** The asker's message; empty once anonymised. */
  public String message() {
    return message;
  }

  /** Empty once anonymised. */
  public Optional<Asker> asker() {
    return asker;
  }

  public Language language() {
    return language;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public InquiryStatus status() {
    return status;
  }

  public Optional<RecipientId> recipient() {
    return recipient;
  }

  public Optional<String> trackingHash() {
    return trackingHash;
  }

  public Optional<String> recipientLinkHash() {
    return recipientLinkHash;
  }

  public Optional<Answer> answer() {
    return answer;
  }

  public Optional<Instant> closedAt() {
    return closedAt;
  }

  public Optional<Instant> remindedAt() {
    return remindedAt;
  }

  public Optional<Instant> anonymisedAt() {
    return anonymisedAt;
  }

  public List<FollowUp> followUps() {
    return List.copyOf(followUps);
  }

  public List<InquiryStep> history() {
    return List.copyOf(history);
  }

  /** The version it was read at, for optimistic locking; 0 for a new inquiry. */
  public long version() {
    return version;
  }

  /** Everything an inquiry is made of, for {@link #reconstitute}; adapters fill every field. */
  public static final class State {
    public InquiryId id;
    public InquiryKind kind;
    public InquiryTopic topic;
    public Optional<SectorCode> sector = Optional.empty();
    public String message = "";
    public Optional<Asker> asker = Optional.empty();
    public Language language;
    public Instant receivedAt;
    public LocalDate dueDate;
    public InquiryStatus status;
    public Optional<RecipientId> recipient = Optional.empty();
    public Optional<String> trackingHash = Optional.empty();
    public Optional<String> recipientLinkHash = Optional.empty();
    public Optional<Answer> answer = Optional.empty();
    public Optional<Instant> closedAt = Optional.empty();
    public Optional<Instant> remindedAt = Optional.empty();
    public Optional<Instant> anonymisedAt = Optional.empty();
    public List<FollowUp> followUps = List.of();
    public List<InquiryStep> history = List.of();
    public long version;
  }
}
