package lu.creativecluster.domain.member;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.shared.Email;

/**
 * Aggregate: a member of the cluster (freelancer, company, association or institution). It guards
 * its life cycle (applied, active, suspended, left, rejected; merged and erased at the end) and
 * records every move in its history, so the cluster can always say who decided what, when and why.
 */
public final class Member {

  private final MemberId id;
  private final Instant appliedAt;
  private final long version;
  private Slug slug;
  private MemberProfile profile;
  private ContactDetails contact;
  private PrivateDetails privateDetails;
  private MemberStatus status;
  private final List<MembershipEvent> history;
  private Optional<AccountId> owner;
  private Optional<MemberId> mergedInto;
  private final Set<MemberId> distinctFrom;
  private Optional<Instant> memberSince;

  private Member(
      MemberId id,
      Slug slug,
      MemberProfile profile,
      ContactDetails contact,
      PrivateDetails privateDetails,
      MemberStatus status,
      List<MembershipEvent> history,
      Optional<AccountId> owner,
      Optional<MemberId> mergedInto,
      Set<MemberId> distinctFrom,
      Instant appliedAt,
      Optional<Instant> memberSince,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.slug = Objects.requireNonNull(slug, "slug");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.contact = Objects.requireNonNull(contact, "contact");
    this.privateDetails = Objects.requireNonNull(privateDetails, "privateDetails");
    this.status = Objects.requireNonNull(status, "status");
    this.history = new ArrayList<>(Objects.requireNonNull(history, "history"));
    this.owner = Objects.requireNonNull(owner, "owner");
    this.mergedInto = Objects.requireNonNull(mergedInto, "mergedInto");
    this.distinctFrom = new HashSet<>(Objects.requireNonNull(distinctFrom, "distinctFrom"));
    if (this.distinctFrom.contains(id)) {
      throw new IllegalArgumentException("a member is not distinct from itself");
    }
    this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
    this.memberSince = Objects.requireNonNull(memberSince, "memberSince");
    this.version = version;
    if ((status == MemberStatus.MERGED) != mergedInto.isPresent()) {
      throw new IllegalArgumentException("exactly a merged member names the member it went into");
    }
  }

  /**
   * A visitor (or a person) applies for membership; the record waits for staff.
   *
   * @param clock tells the current year, after which no member can have been founded
   */
  public static Member apply(
      MemberId id,
      Slug slug,
      MemberProfile profile,
      ContactDetails contact,
      PrivateDetails privateDetails,
      Actor by,
      Clock clock) {
    Instant at = clock.instant();
    profile.requireFoundedBy(Year.now(clock));
    Member member =
        new Member(
            id,
            slug,
            profile,
            contact,
            privateDetails,
            MemberStatus.APPLIED,
            List.of(),
            Optional.empty(),
            Optional.empty(),
            Set.of(),
            at,
            Optional.empty(),
            0);
    member.history.add(
        new MembershipEvent(id, at, by.getName(), Optional.empty(), MemberStatus.APPLIED, ""));
    return member;
  }

  /** Rebuilds a member from storage, exactly as it was saved. */
  public static Member reconstitute(
      MemberId id,
      Slug slug,
      MemberProfile profile,
      ContactDetails contact,
      PrivateDetails privateDetails,
      MemberStatus status,
      List<MembershipEvent> history,
      Optional<AccountId> owner,
      Optional<MemberId> mergedInto,
      Set<MemberId> distinctFrom,
      Instant appliedAt,
      Optional<Instant> memberSince,
      long version) {
    return new Member(
        id,
        slug,
        profile,
        contact,
        privateDetails,
        status,
        history,
        owner,
        mergedInto,
        distinctFrom,
        appliedAt,
        memberSince,
        version);
  }

  /** Staff approve an application: the profile becomes public. */
  public void approve(Actor by, Instant at) {
    requireCurrently(MemberStatus.APPLIED, MemberStatus.ACTIVE);
    moveTo(MemberStatus.ACTIVE, by, at, "");
    if (memberSince.isEmpty()) {
      memberSince = Optional.of(at);
    }
  }

  /** Staff reject an application, saying why. */
  public void reject(Actor by, Instant at, String reason) {
    requireCurrently(MemberStatus.APPLIED, MemberStatus.REJECTED);
    moveTo(MemberStatus.REJECTED, by, at, requiredReason(reason, MemberStatus.REJECTED));
  }

  /** Staff take an active member out of the public directory for a while, saying why. */
  public void suspend(Actor by, Instant at, String reason) {
    requireCurrently(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);
    moveTo(MemberStatus.SUSPENDED, by, at, requiredReason(reason, MemberStatus.SUSPENDED));
  }

  /** Staff end a suspension: the member is public again. */
  public void reinstate(Actor by, Instant at, String reason) {
    requireCurrently(MemberStatus.SUSPENDED, MemberStatus.ACTIVE);
    moveTo(MemberStatus.ACTIVE, by, at, reason);
  }

  /** The member leaves the cluster (or staff record that it did). */
  public void leave(Actor by, Instant at, String reason) {
    if (status != MemberStatus.ACTIVE && status != MemberStatus.SUSPENDED) {
      throw new IllegalMembershipTransitionException(id, status, MemberStatus.LEFT);
    }
    moveTo(MemberStatus.LEFT, by, at, reason);
  }

  /**
   * Staff merge a duplicate record into this one. This record keeps its own profile and gains the
   * other's keywords and export markets; it also takes in the other's history, followed by an event
   * naming the merge. The other record ends as merged into this one, its own history intact.
   */
  public void mergeFrom(Member other, Actor by, Instant at) {
    Objects.requireNonNull(other, "other");
    if (other.id.equals(id)) {
      throw new IllegalArgumentException("a member cannot be merged into itself");
    }
    if (status.isTerminal()) {
      throw new MembershipEndedException(id, status);
    }
    if (!other.status.canBecome(MemberStatus.MERGED)) {
      throw new IllegalMembershipTransitionException(other.id, other.status, MemberStatus.MERGED);
    }
    profile = profile.absorbing(other.profile);
    if (owner.isEmpty()) {
      owner = other.owner;
      other.owner = Optional.empty();
    }
    distinctFrom.addAll(other.distinctFrom);
    distinctFrom.remove(id);
    history.addAll(other.history);
    history.sort(Comparator.comparing(MembershipEvent::at));
    history.add(
        new MembershipEvent(
            id, at, by.getName(), Optional.of(status), status, "merged from member " + other.id));
    other.moveTo(MemberStatus.MERGED, by, at, "merged into member " + id);
    other.mergedInto = Optional.of(id);
  }

  /**
   * Erases the member's personal data (right to erasure): names, texts, contact, links, private
   * details and the reasons in its history go; kind, sectors, country, team size, founding year,
   * export markets and the number of history events stay for the cluster's aggregate figures.
   */
  public void erase(Actor by, Instant at) {
    if (!status.canBecome(MemberStatus.ERASED)) {
      throw new IllegalMembershipTransitionException(id, status, MemberStatus.ERASED);
    }
    profile = profile.anonymised();
    slug = new Slug("erased-" + id.value().toString().replace("-", "").substring(0, 12));
    contact = ContactDetails.NONE;
    privateDetails = PrivateDetails.NONE;
    owner = Optional.empty();
    history.replaceAll(MembershipEvent::withoutReason);
    MemberStatus before = status;
    status = MemberStatus.ERASED;
    mergedInto = Optional.empty();
    history.add(
        new MembershipEvent(id, at, by.getName(), Optional.of(before), MemberStatus.ERASED, ""));
  }

  /**
   * The member (or staff) replace the public profile.
   *
   * @param clock tells the current year, after which no member can have been founded
   */
  public void updateProfile(MemberProfile newProfile, Clock clock) {
    requireEditable();
    profile = Objects.requireNonNull(newProfile, "newProfile").requireFoundedBy(Year.now(clock));
  }

  /** The member (or staff) change contact details and which of them to show; see consent rules. */
  public void updateContact(
      Optional<Email> email,
      Optional<PhoneNumber> phone,
      boolean showEmail,
      boolean showPhone,
      Instant at) {
    requireEditable();
    contact = contact.revisedTo(email, phone, showEmail, showPhone, at);
  }

  /**
   * Staff confirm that this record and {@code other} are different members although they look
   * alike, so neither is flagged as the other's duplicate again.
   */
  public void markDistinctFrom(MemberId other) {
    requireEditable();
    if (Objects.requireNonNull(other, "other").equals(id)) {
      throw new IllegalArgumentException("a member is not distinct from itself");
    }
    distinctFrom.add(other);
  }

  /** Whether staff confirmed, on either record, that the two are different members. */
  public boolean isKnownDistinctFrom(Member other) {
    return distinctFrom.contains(other.id) || other.distinctFrom.contains(id);
  }

  /** Withdraws consent to show every contact field, in one action. */
  public void withdrawContactConsent() {
    contact = contact.withoutConsent();
  }

  public void updatePrivateDetails(PrivateDetails details) {
    requireEditable();
    privateDetails = Objects.requireNonNull(details, "details");
  }

  /** Links the account of the person who manages this member's profile. */
  public void linkOwner(AccountId account) {
    requireEditable();
    owner = Optional.of(Objects.requireNonNull(account, "account"));
  }

  /** Whether the public directory and API show this member: only active members. */
  public boolean isPublic() {
    return status == MemberStatus.ACTIVE;
  }

  public boolean isOwnedBy(AccountId account) {
    return owner.isPresent() && owner.get().equals(account);
  }

  /** The profile without private details and without contact fields nobody agreed to show. */
  public PublicMemberView publicView() {
    return new PublicMemberView(id, slug, profile, contact, memberSince, version);
  }

  public MemberId id() {
    return id;
  }

  public Slug slug() {
    return slug;
  }

  public MemberProfile profile() {
    return profile;
  }

  public String displayName() {
    return profile.displayName();
  }

  public ContactDetails contact() {
    return contact;
  }

  public PrivateDetails privateDetails() {
    return privateDetails;
  }

  public MemberStatus status() {
    return status;
  }

  /** Every event, oldest first, including those of records merged into this one. */
  public List<MembershipEvent> history() {
    return List.copyOf(history);
  }

  public Optional<AccountId> owner() {
    return owner;
  }

  public Optional<MemberId> mergedInto() {
    return mergedInto;
  }

  /** The records staff confirmed are different members, though they look alike. */
  public Set<MemberId> distinctFrom() {
    return Set.copyOf(distinctFrom);
  }

  public Instant appliedAt() {
    return appliedAt;
  }

  public Optional<Instant> memberSince() {
    return memberSince;
  }

  /** The stored version this state was read at, for optimistic locking. */
  public long version() {
    return version;
  }

  private void requireCurrently(MemberStatus expected, MemberStatus target) {
    if (status != expected) {
      throw new IllegalMembershipTransitionException(id, status, target);
    }
  }

  private void requireEditable() {
    if (status.isTerminal()) {
      throw new MembershipEndedException(id, status);
    }
  }

  private void moveTo(MemberStatus target, Actor by, Instant at, String reason) {
    if (!status.canBecome(target)) {
      throw new IllegalMembershipTransitionException(id, status, target);
    }
    history.add(new MembershipEvent(id, at, by.getName(), Optional.of(status), target, reason));
    status = target;
  }

  private static String requiredReason(String reason, MemberStatus target) {
    if (reason == null || reason.isBlank()) {
      throw new MissingReasonException(target);
    }
    return reason;
  }
}
