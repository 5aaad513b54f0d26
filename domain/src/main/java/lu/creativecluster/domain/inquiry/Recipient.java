package lu.creativecluster.domain.inquiry;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/**
 * Entity: a competent body or expert inquiries are forwarded to. An expert is often a member, whose
 * id it then keeps. A recipient needs no account: it answers through a private link in the mail.
 *
 * @param member the member the expert is, for an expert who is one
 * @param languages the languages it answers in; never empty
 * @param topics the topics it is competent for
 * @param sectors the sectors it knows best; empty means any
 * @param active only active recipients are suggested and forwarded to
 */
public record Recipient(
    RecipientId id,
    Kind kind,
    String name,
    Optional<MemberId> member,
    Email email,
    String phone,
    Set<Language> languages,
    Set<InquiryTopic> topics,
    Set<SectorCode> sectors,
    boolean active) {

  public static final int MAX_NAME = 160;
  public static final int MAX_PHONE = 40;

  /** An institution (office, chamber, agency, ministry, cluster) or a person. */
  public enum Kind {
    INSTITUTION("institution"),
    EXPERT("expert");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    public static Optional<Kind> fromCode(String code) {
      return java.util.Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
  }

  public Recipient {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    name = InquiryTexts.line(name, "name", MAX_NAME, true);
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(email, "email");
    phone = InquiryTexts.line(phone, "phone", MAX_PHONE, false);
    languages = Set.copyOf(languages);
    topics = Set.copyOf(topics);
    sectors = Set.copyOf(sectors);
    if (languages.isEmpty()) {
      throw new InvalidInquiryException("languages", "names at least one language");
    }
    if (member.isPresent() && kind != Kind.EXPERT) {
      throw new InvalidInquiryException("member", "is only given for an expert");
    }
  }

  /** Competent for this topic and sector (a recipient without sectors knows every sector). */
  public boolean covers(InquiryTopic topic, Optional<SectorCode> sector) {
    return topics.contains(topic)
        && (sectors.isEmpty() || sector.isEmpty() || sectors.contains(sector.get()));
  }
}
