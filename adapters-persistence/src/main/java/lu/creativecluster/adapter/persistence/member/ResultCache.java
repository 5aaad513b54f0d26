package lu.creativecluster.adapter.persistence.member;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.FacetCount;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.application.port.in.member.MemberSummary;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Persistence adapter: the recent searches' totals, facet counts and first result ids, for as long
 * as the directory does not change. Counting facets costs time in proportion to the members found,
 * so a popular search (the directory's first page, a common word) is counted once per change of the
 * directory instead of once per visitor. Every write of a member counts the generation in {@code
 * member_directory_state} up in its own transaction, so an entry is used only while the database
 * still holds what it was computed from, whichever server wrote.
 */
final class ResultCache {

  /** How many result ids an entry keeps: the first pages, which visitors read most. */
  static final int FIRST_IDS = 200;

  /** Result cards kept for the current generation: every member of a directory this size. */
  static final int SUMMARIES = 10_000;

  private final int capacity;
  private final Map<Key, Entry> entries;

  // The cards of the members found, by id, all read at summariesGeneration: a search's page of
  // cards otherwise costs three statements (members, sectors, pitches) on every request.
  private final Map<UUID, MemberSummary> summaries = new HashMap<>();
  private long summariesGeneration = -1;

  ResultCache(int capacity) {
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > ResultCache.this.capacity;
          }
        };
  }

  boolean enabled() {
    return capacity > 0;
  }

  /** The entry for this search computed at this generation of the directory, or null. */
  synchronized Entry get(Key key, long generation) {
    Entry entry = entries.get(key);
    return entry != null && entry.generation() == generation ? entry : null;
  }

  synchronized void put(Key key, Entry entry) {
    if (enabled()) {
      entries.put(key, entry);
    }
  }

  /** The kept cards among these members, read at this generation. */
  synchronized Map<UUID, MemberSummary> summaries(Collection<UUID> ids, long generation) {
    Map<UUID, MemberSummary> found = new HashMap<>();
    if (generation == summariesGeneration) {
      for (UUID id : ids) {
        MemberSummary summary = summaries.get(id);
        if (summary != null) {
          found.put(id, summary);
        }
      }
    }
    return found;
  }

  /** Keeps cards read at this generation; those of an older generation are dropped first. */
  synchronized void keepSummaries(Collection<MemberSummary> read, long generation) {
    if (!enabled()) {
      return;
    }
    if (generation != summariesGeneration || summaries.size() + read.size() > SUMMARIES) {
      summaries.clear();
      summariesGeneration = generation;
    }
    read.forEach(summary -> summaries.put(summary.id().value(), summary));
  }

  /** A search without its page: the words as folded, the filters, statuses and order. */
  record Key(
      List<String> words,
      Set<SectorCode> sectors,
      Set<CountryCode> countries,
      Set<CountryCode> markets,
      Set<CountryCode> wants,
      Set<LanguageTag> languages,
      Set<MemberKind> kinds,
      Set<Keyword> keywords,
      Set<MemberStatus> statuses,
      MemberSearchQuery.Sort sort) {

    static Key of(MemberSearchQuery q) {
      return new Key(
          SearchTerms.queryWords(q.q()),
          q.sectors(),
          q.countries(),
          q.markets(),
          q.wants(),
          q.languages(),
          q.kinds(),
          q.keywords(),
          q.statuses(),
          q.sort());
    }
  }

  /**
   * @param firstIds the ids of the first results in order, all of them if there are fewer than
   *     {@link #FIRST_IDS}
   */
  record Entry(
      long generation, Map<Facet, List<FacetCount>> facets, long total, List<UUID> firstIds) {}
}
