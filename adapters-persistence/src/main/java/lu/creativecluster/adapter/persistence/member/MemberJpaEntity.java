package lu.creativecluster.adapter.persistence.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * Persistence adapter: a member record as stored in {@code member} and its child tables; the schema
 * is Liquibase's, this class only maps it. The record has many fields and only {@link MemberMapper}
 * writes them, so they are package-private instead of hidden behind an accessor each. Collections
 * are fetched in batches, so a list of members costs a few statements, not a dozen per member.
 */
@Entity
@Table(name = "member")
class MemberJpaEntity {

  private static final int BATCH = 64;

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  UUID id;

  @Column(name = "slug", length = 80, nullable = false, unique = true)
  String slug;

  @Column(name = "display_name", length = 120, nullable = false)
  String displayName;

  @Column(name = "name_key", length = 480, nullable = false)
  String nameKey;

  @Column(name = "name_normalised", length = 480, nullable = false)
  String nameNormalised;

  @Column(name = "kind", length = 16, nullable = false)
  String kind;

  @Column(name = "commune", length = 100, nullable = false)
  String commune;

  @Column(name = "country", length = 2, nullable = false)
  String country;

  @Column(name = "website", length = 500)
  String website;

  @Column(name = "website_host", length = 500)
  String websiteHost;

  @Column(name = "year_founded")
  Integer yearFounded;

  @Column(name = "team_size", length = 8)
  String teamSize;

  @Column(name = "wants_export_help", nullable = false)
  boolean wantsExportHelp;

  @Column(name = "email", length = 254)
  String email;

  @Column(name = "phone", length = 40)
  String phone;

  @Column(name = "email_consent_at")
  Instant emailConsentAt;

  @Column(name = "phone_consent_at")
  Instant phoneConsentAt;

  @Column(name = "legal_name", length = 200, nullable = false)
  String legalName;

  @Column(name = "registration_number", length = 40, nullable = false)
  String registrationNumber;

  @Column(name = "internal_notes", length = 5000, nullable = false)
  String internalNotes;

  @Column(name = "status", length = 16, nullable = false)
  String status;

  @Column(name = "owner_account_id")
  UUID ownerAccountId;

  @Column(name = "merged_into")
  UUID mergedInto;

  @Column(name = "applied_at", nullable = false, updatable = false)
  Instant appliedAt;

  @Column(name = "member_since")
  Instant memberSince;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_pitch", joinColumns = @JoinColumn(name = "member_id"))
  @MapKeyColumn(name = "language", length = 2)
  @Column(name = "text", length = 5000, nullable = false)
  Map<String, String> pitch = new HashMap<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_description", joinColumns = @JoinColumn(name = "member_id"))
  @MapKeyColumn(name = "language", length = 2)
  @Column(name = "text", length = 5000, nullable = false)
  Map<String, String> description = new HashMap<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_sector", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  @Column(name = "sector_code", length = 40, nullable = false)
  List<String> sectors = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_keyword", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  @Column(name = "keyword", length = 40, nullable = false)
  List<String> keywords = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_skill", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  @Column(name = "skill", length = 80, nullable = false)
  List<String> skills = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_portfolio_link", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  List<PortfolioLinkEmbeddable> portfolio = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_social_link", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  @Column(name = "url", length = 500, nullable = false)
  List<String> socialLinks = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_language", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  @Column(name = "language_tag", length = 35, nullable = false)
  List<String> languages = new ArrayList<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_market_served", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "country", length = 2, nullable = false)
  Set<String> marketsServed = new HashSet<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_market_wanted", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "country", length = 2, nullable = false)
  Set<String> marketsWanted = new HashSet<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_distinct_from", joinColumns = @JoinColumn(name = "member_id"))
  @Column(name = "other_id", nullable = false)
  Set<UUID> distinctFrom = new HashSet<>();

  @ElementCollection
  @BatchSize(size = BATCH)
  @CollectionTable(name = "member_event", joinColumns = @JoinColumn(name = "member_id"))
  @OrderColumn(name = "position")
  List<MembershipEventEmbeddable> history = new ArrayList<>();

  protected MemberJpaEntity() {}

  MemberJpaEntity(UUID id, Instant appliedAt) {
    this.id = id;
    this.appliedAt = appliedAt;
  }
}
