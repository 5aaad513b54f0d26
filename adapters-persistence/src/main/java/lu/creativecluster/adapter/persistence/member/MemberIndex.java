package lu.creativecluster.adapter.persistence.member;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import lu.creativecluster.application.port.in.member.Facet;
import lu.creativecluster.application.port.in.member.FacetCount;
import lu.creativecluster.application.port.in.member.MemberSearchQuery;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.LanguageTag;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Persistence adapter: one immutable version of the directory's search structure, as of one
 * generation of {@code member_directory_state}. Members are dense int ids (kept for life, so a
 * changed member keeps its place in every postings list); each stored word has a sorted postings
 * list of {@code id << 4 | weight}; each member's facet values are small int codes. A search finds
 * the words by exact, prefix and one-edit lookups over the word dictionary, scores the members
 * having every word, filters them and counts the five facets in one pass over the hits, and ranks
 * only the page (a bounded heap), exactly as {@link JpaMemberSearch}'s SQL does. A newer version is
 * built beside this one ({@link #with}) and shares every list it does not change.
 */
final class MemberIndex {

  /** The empty directory, as of no generation. */
  static final MemberIndex EMPTY =
      new MemberIndex(
          -1,
          new Entry[0],
          0,
          new HashMap<>(),
          new String[0],
          new EnumMap<>(Field.class),
          new EnumMap<>(Field.class));

  private static final int WEIGHT_BITS = 4;
  private static final int WEIGHT_MASK = (1 << WEIGHT_BITS) - 1;
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  /** The coded fields: each value (a sector code, a country, ...) is an int per field. */
  enum Field {
    SECTOR,
    COUNTRY,
    LANGUAGE,
    KIND,
    STATUS,
    KEYWORD
  }

  /** One member as the search sees it; immutable. */
  static final class Entry {
    final UUID id;
    final String slug;
    final String nameKey;

    /** COALESCE(member_since, applied_at) in microseconds, as the database compares it. */
    final long newest;

    final int kind;
    final int country;
    final int status;
    final int[] sectors;
    final int[] markets;
    final int[] wants;
    final int[] languages;
    final int[] keywords;

    Entry(
        UUID id,
        String slug,
        String nameKey,
        long newest,
        int kind,
        int country,
        int status,
        int[] sectors,
        int[] markets,
        int[] wants,
        int[] languages,
        int[] keywords) {
      this.id = id;
      this.slug = slug;
      this.nameKey = nameKey;
      this.newest = newest;
      this.kind = kind;
      this.country = country;
      this.status = status;
      this.sectors = sectors;
      this.markets = markets;
      this.wants = wants;
      this.languages = languages;
      this.keywords = keywords;
    }
  }

  /** A member as read from the database, its values and words not yet coded. */
  record Row(
      UUID id,
      String slug,
      String nameKey,
      long newest,
      String kind,
      String country,
      String status,
      List<String> sectors,
      List<String> markets,
      List<String> wants,
      List<String> languages,
      List<String> keywords,
      Map<String, Integer> words) {}

  private final long generation;
  private final Entry[] members;
  private final int size;
  private final Map<String, int[]> postings;
  private final String[] dictionary;
  private final Map<Field, String[]> values;
  private final Map<Field, Map<String, Integer>> codes;

  private MemberIndex(
      long generation,
      Entry[] members,
      int size,
      Map<String, int[]> postings,
      String[] dictionary,
      Map<Field, String[]> values,
      Map<Field, Map<String, Integer>> codes) {
    this.generation = generation;
    this.members = members;
    this.size = size;
    this.postings = postings;
    this.dictionary = dictionary;
    this.values = values;
    this.codes = codes;
  }

  long generation() {
    return generation;
  }

  /** How many members (of any status) it holds. */
  int size() {
    return size;
  }

  /** How many distinct words it holds. */
  int words() {
    return dictionary.length;
  }

  /**
   * The heap this version holds, estimated from its arrays and objects (64-bit JVM, compressed
   * references): what a heap dump would show, without the noise of measuring around a collection.
   * Words and values shared with older versions are counted once.
   */
  long estimatedBytes() {
    long bytes = array(members.length);
    for (int id = 0; id < size; id++) {
      Entry e = members[id];
      // The entry (header, 3 ints, a long, 9 references), its UUID and two strings.
      bytes += 64 + 32 + string(e.slug) + string(e.nameKey);
      bytes += ints(e.sectors) + ints(e.markets) + ints(e.wants) + ints(e.languages);
      bytes += ints(e.keywords);
    }
    // Each word: its string, its postings array, a hash map node and a dictionary slot.
    for (Map.Entry<String, int[]> word : postings.entrySet()) {
      bytes += string(word.getKey()) + ints(word.getValue()) + 32 + 4 + 4;
    }
    for (Field field : Field.values()) {
      for (String value : values(field)) {
        bytes += string(value) + 32 + 4;
      }
    }
    return bytes;
  }

  private static long array(int references) {
    return align(16 + 4L * references);
  }

  private static long ints(int[] values) {
    return align(16 + 4L * values.length);
  }

  private static long string(String value) {
    return 24 + align(16 + value.length());
  }

  private static long align(long bytes) {
    return (bytes + 7) / 8 * 8;
  }

  /**
   * This version with these members (new or changed, each with its dense id) replaced, as of a
   * generation; this version is left as it was.
   *
   * @param ids each row's dense id, from {@code size()} on for new members, in order
   */
  MemberIndex with(long newGeneration, List<Row> rows, int[] ids) {
    int newSize = size;
    for (int id : ids) {
      newSize = Math.max(newSize, id + 1);
    }
    Entry[] entries = Arrays.copyOf(members, Math.max(members.length, newSize));
    Map<Field, String[]> newValues = new EnumMap<>(values);
    Map<Field, Map<String, Integer>> newCodes = new EnumMap<>(codes);
    Coder coder = new Coder(newValues, newCodes);
    // Per touched word: whether it lists changed members to take out, and the postings to add.
    java.util.Set<String> removed = new java.util.HashSet<>();
    java.util.BitSet changed = new java.util.BitSet(newSize);
    Map<String, IntList> added = new HashMap<>();
    Map<String, String> interned = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      int id = ids[i];
      Entry old = id < members.length ? members[id] : null;
      if (old != null) {
        changed.set(id);
      }
      for (Map.Entry<String, Integer> term : row.words().entrySet()) {
        String word = term.getKey();
        int[] known = postings.get(word);
        // One String per word across members and versions.
        String shared =
            known != null
                ? dictionaryWord(word)
                : interned.computeIfAbsent(word, Function.identity());
        added
            .computeIfAbsent(shared, x -> new IntList())
            .add(id << WEIGHT_BITS | Math.min(WEIGHT_MASK, term.getValue()));
      }
      entries[id] =
          new Entry(
              row.id(),
              row.slug(),
              row.nameKey(),
              row.newest(),
              coder.code(Field.KIND, row.kind()),
              coder.code(Field.COUNTRY, row.country()),
              coder.code(Field.STATUS, row.status()),
              coder.codes(Field.SECTOR, row.sectors()),
              coder.codes(Field.COUNTRY, row.markets()),
              coder.codes(Field.COUNTRY, row.wants()),
              coder.codes(Field.LANGUAGE, row.languages()),
              coder.codes(Field.KEYWORD, row.keywords()));
    }
    if (!changed.isEmpty()) {
      removed.addAll(wordsListing(changed));
    }
    Map<String, int[]> newPostings = new HashMap<>(postings);
    boolean dictionaryChanged = false;
    java.util.Set<String> touched = new java.util.HashSet<>(removed);
    touched.addAll(added.keySet());
    for (String word : touched) {
      int[] before = postings.getOrDefault(word, new int[0]);
      IntList in = added.get(word);
      int[] after = merge(before, removed.contains(word) ? changed : null, in);
      if (after.length == 0) {
        dictionaryChanged |= newPostings.remove(word) != null;
      } else {
        dictionaryChanged |= newPostings.put(word, after) == null;
      }
    }
    String[] newDictionary = dictionary;
    if (dictionaryChanged) {
      newDictionary = newPostings.keySet().toArray(new String[0]);
      Arrays.sort(newDictionary);
    }
    return new MemberIndex(
        newGeneration, entries, newSize, newPostings, newDictionary, newValues, newCodes);
  }

  /**
   * The words whose postings list any of these members. Found in the postings rather than kept per
   * member, which would cost a reference per posting: a binary search per list for a few members,
   * one pass over the lists for many.
   */
  private List<String> wordsListing(java.util.BitSet ids) {
    List<String> words = new ArrayList<>();
    int count = ids.cardinality();
    for (Map.Entry<String, int[]> word : postings.entrySet()) {
      int[] list = word.getValue();
      boolean lists = false;
      if (count <= 16) {
        for (int id = ids.nextSetBit(0); id >= 0 && !lists; id = ids.nextSetBit(id + 1)) {
          int at = Arrays.binarySearch(list, id << WEIGHT_BITS);
          at = at >= 0 ? at : -at - 1;
          lists = at < list.length && list[at] >>> WEIGHT_BITS == id;
        }
      } else {
        for (int i = 0; i < list.length && !lists; i++) {
          lists = ids.get(list[i] >>> WEIGHT_BITS);
        }
      }
      if (lists) {
        words.add(word.getKey());
      }
    }
    return words;
  }

  private String dictionaryWord(String word) {
    int at = Arrays.binarySearch(dictionary, word);
    return at >= 0 ? dictionary[at] : word;
  }

  /** The old postings without the ids taken out, with the new ones, sorted by id. */
  private static int[] merge(int[] before, java.util.BitSet gone, IntList in) {
    int[] kept = new int[before.length];
    int k = 0;
    for (int p : before) {
      if (gone == null || !gone.get(p >>> WEIGHT_BITS)) {
        kept[k++] = p;
      }
    }
    if (in == null) {
      return Arrays.copyOf(kept, k);
    }
    int[] fresh = in.toArray();
    Arrays.sort(fresh);
    int[] merged = new int[k + fresh.length];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < k || j < fresh.length) {
      if (j == fresh.length || (i < k && kept[i] < fresh[j])) {
        merged[m++] = kept[i++];
      } else {
        merged[m++] = fresh[j++];
      }
    }
    return merged;
  }

  /** Gives values their codes, copying a field's tables the first time it gets a new value. */
  private static final class Coder {
    private final Map<Field, String[]> values;
    private final Map<Field, Map<String, Integer>> codes;
    private final java.util.Set<Field> copied = java.util.EnumSet.noneOf(Field.class);

    Coder(Map<Field, String[]> values, Map<Field, Map<String, Integer>> codes) {
      this.values = values;
      this.codes = codes;
    }

    int code(Field field, String value) {
      Integer code = codes.getOrDefault(field, Map.of()).get(value);
      if (code != null) {
        return code;
      }
      if (copied.add(field)) {
        codes.put(field, new HashMap<>(codes.getOrDefault(field, Map.of())));
        values.put(field, values.getOrDefault(field, new String[0]).clone());
      }
      String[] known = values.get(field);
      int fresh = known.length;
      String[] more = Arrays.copyOf(known, fresh + 1);
      more[fresh] = value;
      values.put(field, more);
      codes.get(field).put(value, fresh);
      return fresh;
    }

    int[] codes(Field field, List<String> list) {
      int[] out = new int[list.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = code(field, list.get(i));
      }
      return out;
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] items = new int[4];
    private int size;

    void add(int value) {
      if (size == items.length) {
        items = Arrays.copyOf(items, size * 2);
      }
      items[size++] = value;
    }

    int size() {
      return size;
    }

    int get(int i) {
      return items[i];
    }

    int[] toArray() {
      return Arrays.copyOf(items, size);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Searching

  /** Searches this version: the facet counts, the total, and the hits to page through. */
  Found search(MemberSearchQuery query) {
    List<String> words = SearchTerms.queryWords(query.q());
    IntList hits = new IntList();
    int[] score = null;
    if (words.isEmpty()) {
      for (int id = 0; id < size; id++) {
        if (members[id] != null) {
          hits.add(id);
        }
      }
    } else {
      score = new int[size];
      int[] best = new int[size];
      for (int i = 0; i < words.size(); i++) {
        if (i > 0) {
          Arrays.fill(best, 0);
        }
        IntList touched = bestScores(words.get(i), best);
        if (i == 0) {
          for (int t = 0; t < touched.size(); t++) {
            int id = touched.get(t);
            hits.add(id);
            score[id] = best[id];
          }
        } else {
          IntList kept = new IntList();
          for (int h = 0; h < hits.size(); h++) {
            int id = hits.get(h);
            if (best[id] > 0) {
              kept.add(id);
              score[id] += best[id];
            }
          }
          hits = kept;
        }
        if (hits.size() == 0) {
          break;
        }
      }
    }
    return filterAndCount(query, hits, words.isEmpty() ? null : score);
  }

  /**
   * For each member having a stored word that matches this query word, its best {@code weight *
   * quality} into {@code best}; returns those members.
   */
  private IntList bestScores(String word, int[] best) {
    IntList touched = new IntList();
    if (word.length() >= SearchTerms.MIN_PREFIX) {
      int from = Arrays.binarySearch(dictionary, word);
      if (from < 0) {
        from = -from - 1;
      }
      for (int d = from; d < dictionary.length && dictionary[d].startsWith(word); d++) {
        String stored = dictionary[d];
        int quality = stored.equals(word) ? SearchTerms.EXACT : SearchTerms.PREFIX;
        collect(postings.get(stored), quality, best, touched);
      }
    } else {
      collect(postings.get(word), SearchTerms.EXACT, best, touched);
    }
    for (String typo : typoWords(word)) {
      collect(postings.get(typo), SearchTerms.TYPO, best, touched);
    }
    return touched;
  }

  private static void collect(int[] list, int quality, int[] best, IntList touched) {
    if (list == null) {
      return;
    }
    for (int p : list) {
      int id = p >>> WEIGHT_BITS;
      int s = (p & WEIGHT_MASK) * quality;
      if (best[id] < s) {
        if (best[id] == 0) {
          touched.add(id);
        }
        best[id] = s;
      }
    }
  }

  /**
   * The stored words one edit away from the query word that are no prefix match: those the SQL
   * finds through {@code search_word_variant} (words of 4 to 64 characters), checked the same way.
   */
  private List<String> typoWords(String word) {
    if (word.length() < SearchTerms.MIN_TYPO || word.length() > SearchTerms.MAX_VARIANT_WORD + 1) {
      return List.of();
    }
    java.util.Set<String> candidates = new java.util.HashSet<>();
    StringBuilder b = new StringBuilder(word.length() + 1);
    for (int i = 0; i <= word.length(); i++) {
      if (i < word.length()) {
        candidates.add(word.substring(0, i) + word.substring(i + 1));
        for (char c : ALPHABET) {
          if (c != word.charAt(i)) {
            b.setLength(0);
            candidates.add(
                b.append(word, 0, i).append(c).append(word, i + 1, word.length()).toString());
          }
        }
        if (i + 1 < word.length()) {
          char[] swapped = word.toCharArray();
          swapped[i] = word.charAt(i + 1);
          swapped[i + 1] = word.charAt(i);
          candidates.add(new String(swapped));
        }
      }
      for (char c : ALPHABET) {
        b.setLength(0);
        candidates.add(b.append(word, 0, i).append(c).append(word, i, word.length()).toString());
      }
    }
    List<String> typos = new ArrayList<>();
    for (String candidate : candidates) {
      if (SearchTerms.hasVariants(candidate)
          && postings.containsKey(candidate)
          && SearchTerms.quality(word, candidate) == SearchTerms.TYPO) {
        typos.add(candidate);
      }
    }
    return typos;
  }

  /**
   * Keeps the members that pass the statuses and every filter, and counts each facet over those
   * that pass every other facet's filter: what the SQL's grouped counts compute.
   */
  private Found filterAndCount(MemberSearchQuery query, IntList found, int[] score) {
    boolean[] statuses = selected(Field.STATUS, query.statuses(), MemberStatus::code);
    boolean[] wants = selected(Field.COUNTRY, query.wants(), CountryCode::alpha2);
    boolean[] keywords = selected(Field.KEYWORD, query.keywords(), Keyword::value);
    Map<Facet, boolean[]> filters = new EnumMap<>(Facet.class);
    filter(filters, Facet.SECTOR, selected(Field.SECTOR, query.sectors(), SectorCode::value));
    filter(filters, Facet.COUNTRY, selected(Field.COUNTRY, query.countries(), CountryCode::alpha2));
    filter(filters, Facet.MARKET, selected(Field.COUNTRY, query.markets(), CountryCode::alpha2));
    filter(
        filters, Facet.LANGUAGE, selected(Field.LANGUAGE, query.languages(), LanguageTag::value));
    filter(filters, Facet.KIND, selected(Field.KIND, query.kinds(), MemberKind::code));
    Facet[] facets = Facet.values();
    boolean[][] byOrdinal = new boolean[facets.length][];
    filters.forEach((facet, selected) -> byOrdinal[facet.ordinal()] = selected);
    int all = (1 << facets.length) - 1;
    int[][] counts = new int[facets.length][];
    for (Facet facet : facets) {
      counts[facet.ordinal()] = new int[values(field(facet)).length];
    }
    IntList hits = new IntList();
    for (int h = 0; h < found.size(); h++) {
      int id = found.get(h);
      Entry e = members[id];
      if (!has(statuses, e.status)
          || (wants != null && !any(wants, e.wants))
          || (keywords != null && !any(keywords, e.keywords))) {
        continue;
      }
      // Bit f set: the member passes facet f's filter (or there is none).
      int passes = 0;
      for (Facet facet : facets) {
        boolean[] filter = byOrdinal[facet.ordinal()];
        if (filter == null || passesFacet(facet, filter, e)) {
          passes |= 1 << facet.ordinal();
        }
      }
      if (passes == all) {
        hits.add(id);
      }
      for (Facet facet : facets) {
        // Each facet counts the members that pass every other facet's filter.
        if ((passes | 1 << facet.ordinal()) == all) {
          int[] c = counts[facet.ordinal()];
          switch (facet) {
            case SECTOR -> count(c, e.sectors);
            case COUNTRY -> c[e.country]++;
            case MARKET -> count(c, e.markets);
            case LANGUAGE -> count(c, e.languages);
            case KIND -> c[e.kind]++;
          }
        }
      }
    }
    Map<Facet, List<FacetCount>> result = new EnumMap<>(Facet.class);
    for (Facet facet : facets) {
      Map<String, Long> byValue = new HashMap<>();
      query.selected(facet).forEach(v -> byValue.put(v, 0L));
      String[] names = values(field(facet));
      int[] c = counts[facet.ordinal()];
      for (int v = 0; v < c.length; v++) {
        if (c[v] > 0) {
          byValue.put(names[v], (long) c[v]);
        }
      }
      result.put(
          facet,
          byValue.entrySet().stream()
              .map(x -> new FacetCount(x.getKey(), x.getValue()))
              .sorted(
                  Comparator.comparingLong(FacetCount::count)
                      .reversed()
                      .thenComparing(FacetCount::value))
              .toList());
    }
    return new Found(this, query.sort(), hits.toArray(), score, result);
  }

  private static void filter(Map<Facet, boolean[]> filters, Facet facet, boolean[] selected) {
    if (selected != null) {
      filters.put(facet, selected);
    }
  }

  private static boolean passesFacet(Facet facet, boolean[] filter, Entry e) {
    return switch (facet) {
      case SECTOR -> any(filter, e.sectors);
      case COUNTRY -> has(filter, e.country);
      case MARKET -> any(filter, e.markets);
      case LANGUAGE -> any(filter, e.languages);
      case KIND -> has(filter, e.kind);
    };
  }

  private static Field field(Facet facet) {
    return switch (facet) {
      case SECTOR -> Field.SECTOR;
      case COUNTRY, MARKET -> Field.COUNTRY;
      case LANGUAGE -> Field.LANGUAGE;
      case KIND -> Field.KIND;
    };
  }

  private String[] values(Field field) {
    return values.getOrDefault(field, new String[0]);
  }

  /** Which codes of the field are asked for; null when the query does not filter by it. */
  private <T> boolean[] selected(Field field, Collection<T> asked, Function<T, String> code) {
    if (asked.isEmpty()) {
      return null;
    }
    Map<String, Integer> known = codes.getOrDefault(field, Map.of());
    boolean[] selected = new boolean[values(field).length];
    for (T value : asked) {
      Integer c = known.get(code.apply(value));
      if (c != null) {
        selected[c] = true;
      }
    }
    return selected;
  }

  private static boolean has(boolean[] selected, int code) {
    return selected[code];
  }

  private static boolean any(boolean[] selected, int[] codes) {
    for (int c : codes) {
      if (selected[c]) {
        return true;
      }
    }
    return false;
  }

  private static void count(int[] counts, int[] codes) {
    for (int c : codes) {
      counts[c]++;
    }
  }

  /** A search's outcome: its facet counts, total, and its hits, ranked on demand. */
  static final class Found {
    private final MemberIndex index;
    private final MemberSearchQuery.Sort sort;
    private final int[] hits;
    private final int[] score;
    private final Map<Facet, List<FacetCount>> facets;

    private Found(
        MemberIndex index,
        MemberSearchQuery.Sort sort,
        int[] hits,
        int[] score,
        Map<Facet, List<FacetCount>> facets) {
      this.index = index;
      this.sort = sort;
      this.hits = hits;
      this.score = score;
      this.facets = facets;
    }

    Map<Facet, List<FacetCount>> facets() {
      return facets;
    }

    long total() {
      return hits.length;
    }

    /**
     * The ids of the results from {@code offset} on, at most {@code limit}, in the port's order:
     * relevance (the summed word scores, then the name), name, or newest first (then the name).
     */
    List<UUID> ids(long offset, int limit) {
      if (offset >= hits.length || limit <= 0) {
        return List.of();
      }
      int k = (int) Math.min(hits.length, offset + limit);
      int[] top = top(k);
      List<UUID> ids = new ArrayList<>(k - (int) offset);
      for (int i = (int) offset; i < k; i++) {
        ids.add(index.members[top[i]].id);
      }
      return ids;
    }

    /** The first k hits in order, by a bounded heap whose root is the worst of those kept. */
    private int[] top(int k) {
      int[] heap = new int[k];
      int n = 0;
      for (int id : hits) {
        if (n < k) {
          heap[n] = id;
          up(heap, n++);
        } else if (before(id, heap[0])) {
          heap[0] = id;
          down(heap, 0, n);
        }
      }
      // Heap sort: repeatedly move the worst to the end.
      for (int end = n - 1; end > 0; end--) {
        int worst = heap[0];
        heap[0] = heap[end];
        heap[end] = worst;
        down(heap, 0, end);
      }
      return heap;
    }

    private void up(int[] heap, int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (before(heap[parent], heap[i])) {
          int t = heap[parent];
          heap[parent] = heap[i];
          heap[i] = t;
          i = parent;
        } else {
          return;
        }
      }
    }

    private void down(int[] heap, int i, int n) {
      while (true) {
        int left = 2 * i + 1;
        if (left >= n) {
          return;
        }
        int worse = left;
        if (left + 1 < n && before(heap[left], heap[left + 1])) {
          worse = left + 1;
        }
        if (before(heap[i], heap[worse])) {
          int t = heap[i];
          heap[i] = heap[worse];
          heap[worse] = t;
          i = worse;
        } else {
          return;
        }
      }
    }

    /** Whether member a comes before member b. */
    private boolean before(int a, int b) {
      Entry x = index.members[a];
      Entry y = index.members[b];
      if (sort == MemberSearchQuery.Sort.RELEVANCE && score != null && score[a] != score[b]) {
        return score[a] > score[b];
      }
      if (sort == MemberSearchQuery.Sort.NEWEST && x.newest != y.newest) {
        return x.newest > y.newest;
      }
      int byName = x.nameKey.compareTo(y.nameKey);
      return byName != 0 ? byName < 0 : x.slug.compareTo(y.slug) < 0;
    }
  }
}
