package lu.creativecluster.adapter.persistence.inquiry;

import static lu.creativecluster.adapter.persistence.store.StoredInstants.stored;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import lu.creativecluster.domain.inquiry.Answer;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.FollowUp;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryStep;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Persistence adapter: between {@link Inquiry} and its rows. Codes are the domain's stable codes.
 */
final class InquiryMapper {

  private InquiryMapper() {}

  static InquiryJpaEntity toNewEntity(Inquiry inquiry) {
    InquiryJpaEntity e = new InquiryJpaEntity();
    e.id = inquiry.id().value();
    e.kind = inquiry.kind().code();
    e.topic = inquiry.topic().code();
    e.sector = inquiry.sector().map(SectorCode::value).orElse(null);
    e.language = inquiry.language().code();
    e.receivedAt = stored(inquiry.receivedAt());
    e.dueDate = inquiry.dueDate();
    copy(inquiry, e);
    return e;
  }

  /** Everything that can change after receipt. */
  static void copy(Inquiry inquiry, InquiryJpaEntity e) {
    e.message = inquiry.message();
    e.askerName = inquiry.asker().map(Asker::name).orElse(null);
    e.askerEmail = inquiry.asker().map(a -> a.email().value()).orElse(null);
    e.askerOrganisation = inquiry.asker().map(Asker::organisation).orElse(null);
    e.status = inquiry.status().code();
    e.recipientId = inquiry.recipient().map(RecipientId::value).orElse(null);
    e.trackingHash = inquiry.trackingHash().orElse(null);
    e.recipientLinkHash = inquiry.recipientLinkHash().orElse(null);
    Optional<Answer> answer = inquiry.answer();
    e.answerText = answer.map(Answer::text).orElse(null);
    e.answerBy = answer.map(Answer::by).orElse(null);
    e.answerRecipientId = answer.flatMap(Answer::recipient).map(RecipientId::value).orElse(null);
    e.answeredAt = answer.map(a -> stored(a.at())).orElse(null);
    e.closedAt = inquiry.closedAt().map(InquiryMapper::at).orElse(null);
    e.remindedAt = inquiry.remindedAt().map(InquiryMapper::at).orElse(null);
    e.anonymisedAt = inquiry.anonymisedAt().map(InquiryMapper::at).orElse(null);
    replace(
        e.followUps,
        inquiry.followUps().stream()
            .map(f -> new FollowUpEmbeddable(f.author().name(), stored(f.at()), f.text()))
            .toList());
    replace(
        e.steps,
        inquiry.history().stream()
            .map(
                s ->
                    new InquiryStepEmbeddable(
                        s.kind().code(), s.status().code(), s.by(), stored(s.at()), s.why()))
            .toList());
  }

  static Inquiry toDomain(InquiryJpaEntity e) {
    return Inquiry.reconstitute(toState(e));
  }

  /**
   * The stored state, of immutable values only (its lists are unmodifiable), so it can be kept and
   * handed to {@link Inquiry#reconstitute} again: each inquiry built from it copies the lists.
   */
  static Inquiry.State toState(InquiryJpaEntity e) {
    Inquiry.State s = new Inquiry.State();
    s.id = new InquiryId(e.id);
    s.kind = code(InquiryKind::fromCode, e.kind, "kind");
    s.topic = code(InquiryTopic::fromCode, e.topic, "topic");
    s.sector = Optional.ofNullable(e.sector).map(SectorCode::new);
    s.message = e.message;
    s.asker =
        e.askerEmail == null
            ? Optional.empty()
            : Optional.of(new Asker(e.askerName, new Email(e.askerEmail), e.askerOrganisation));
    s.language = code(Language::fromTag, e.language, "language");
    s.receivedAt = e.receivedAt;
    s.dueDate = e.dueDate;
    s.status = code(InquiryStatus::fromCode, e.status, "status");
    s.recipient = Optional.ofNullable(e.recipientId).map(RecipientId::new);
    s.trackingHash = Optional.ofNullable(e.trackingHash);
    s.recipientLinkHash = Optional.ofNullable(e.recipientLinkHash);
    s.answer =
        e.answeredAt == null
            ? Optional.empty()
            : Optional.of(
                new Answer(
                    e.answerText,
                    e.answerBy,
                    Optional.ofNullable(e.answerRecipientId).map(RecipientId::new),
                    e.answeredAt));
    s.closedAt = Optional.ofNullable(e.closedAt);
    s.remindedAt = Optional.ofNullable(e.remindedAt);
    s.anonymisedAt = Optional.ofNullable(e.anonymisedAt);
    s.followUps =
        e.followUps.stream()
            .map(f -> new FollowUp(FollowUp.Author.valueOf(f.author), f.writtenAt, f.text))
            .toList();
    s.history =
        e.steps.stream()
            .map(
                st ->
                    new InquiryStep(
                        code(InquiryStep.Kind::fromCode, st.kind, "step kind"),
                        code(InquiryStatus::fromCode, st.status, "step status"),
                        st.by,
                        st.takenAt,
                        st.why))
            .toList();
    s.version = e.version;
    return s;
  }

  private static Instant at(Instant instant) {
    return stored(instant);
  }

  /** Rewrites only the positions that changed, so an added follow-up is one insert. */
  private static <T> void replace(List<T> stored, List<T> wanted) {
    for (int i = 0; i < wanted.size(); i++) {
      if (i < stored.size()) {
        if (!stored.get(i).equals(wanted.get(i))) {
          stored.set(i, wanted.get(i));
        }
      } else {
        stored.add(wanted.get(i));
      }
    }
    while (stored.size() > wanted.size()) {
      stored.remove(stored.size() - 1);
    }
  }

  private static <T> T code(Function<String, Optional<T>> parse, String code, String what) {
    return parse
        .apply(code)
        .orElseThrow(() -> new IllegalStateException("unknown " + what + " code " + code));
  }
}
