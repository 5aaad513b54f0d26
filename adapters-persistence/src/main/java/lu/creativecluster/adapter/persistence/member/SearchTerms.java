package lu.creativecluster.adapter.persistence.member;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import lu.creativecluster.domain.member.Keyword;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.TextNormalizer;

/**
 * Persistence adapter: what a member can be found by, and how a query word is looked up. Every
 * weight and quality is a whole number, so scores add up exactly on every database and ties fall to
 * the name as the port promises. The numbers keep the port's proportions: a name hit (8) outweighs
 * keywords and skills (4), the pitch (2) and the description (1); an exact word (5) beats a prefix
 * (3), which beats a typo (2).
 */
final class SearchTerms {

  static final int NAME = 8;
  static final int TAGS = 4;
  static final int PITCH = 2;
  static final int DESCRIPTION = 1;

  static final int EXACT = 5;
  static final int PREFIX = 3;
  static final int TYPO = 2;

  static final int MIN_PREFIX = 3;
  static final int MIN_TYPO = 5;

  /** Longer words are stored cut to this length (the query itself has at most 200 characters). */
  static final int MAX_WORD = 200;

  /**
   * Words this long or shorter have their one-deletion variants stored. A typo needs a query word
   * of 5 or more characters and a stored word at most one shorter, hence 4.
   */
  static final int MIN_VARIANT_WORD = MIN_TYPO - 1;

  static final int MAX_VARIANT_WORD = 64;

  private SearchTerms() {}

  /** Each folded word of the profile's searchable texts, with the weight of its heaviest field. */
  static Map<String, Integer> of(MemberProfile profile) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    add(weights, profile.displayName(), NAME);
    Stream.concat(profile.keywords().stream().map(Keyword::value), profile.skills().stream())
        .forEach(tag -> add(weights, tag, TAGS));
    add(weights, profile.pitch().allLanguages(), PITCH);
    add(weights, profile.description().allLanguages(), DESCRIPTION);
    return weights;
  }

  private static void add(Map<String, Integer> weights, String text, int weight) {
    for (String token : TextNormalizer.tokens(text)) {
      weights.merge(cut(token), weight, Math::max);
    }
  }

  /** The distinct folded words of a query, in order. */
  static List<String> queryWords(String q) {
    return new ArrayList<>(
        new LinkedHashSet<>(TextNormalizer.tokens(q).stream().map(SearchTerms::cut).toList()));
  }

  static String cut(String word) {
    return word.length() <= MAX_WORD ? word : word.substring(0, MAX_WORD);
  }

  /** Whether one-deletion variants of this stored word are kept. */
  static boolean hasVariants(String word) {
    return word.length() >= MIN_VARIANT_WORD && word.length() <= MAX_VARIANT_WORD;
  }

  /** The word itself and every string one deletion away from it. */
  static Set<String> variants(String word) {
    Set<String> variants = new LinkedHashSet<>();
    variants.add(word);
    for (int i = 0; i < word.length(); i++) {
      variants.add(word.substring(0, i) + word.substring(i + 1));
    }
    return variants;
  }

  /**
   * The quality of a stored word for a query word, as the port defines it: 0 if it does not match.
   */
  static int quality(String queryWord, String word) {
    if (word.equals(queryWord)) {
      return EXACT;
    }
    if (queryWord.length() >= MIN_PREFIX && word.startsWith(queryWord)) {
      return PREFIX;
    }
    if (queryWord.length() >= MIN_TYPO
        && Math.abs(word.length() - queryWord.length()) <= 1
        && TextNormalizer.editDistance(queryWord, word) <= 1) {
      return TYPO;
    }
    return 0;
  }
}
