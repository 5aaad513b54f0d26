package lu.creativecluster.domain.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Domain service: tells staff which existing members a new record probably duplicates: same e-mail
 * address, same website (whatever the scheme or a leading {@code www.}), or a near-identical name
 * once accents, case, punctuation and legal-form suffixes are set aside. Pairs staff confirmed as
 * different members are not flagged again.
 */
public final class DuplicateDetector {

  /** Names shorter than this must match exactly; a typo in a short name is another name. */
  public static final int MIN_LENGTH_FOR_TYPOS = 8;

  public static final int MAX_NAME_DISTANCE = 2;

  /** Legal forms as they read once folded and stripped of dots, longest first within a form. */
  private static final List<List<String>> LEGAL_SUFFIXES =
      List.of(
          List.of("sarl", "s"),
          List.of("sa", "rl", "s"),
          List.of("sa", "rl"),
          List.of("sarls"),
          List.of("sarl"),
          List.of("sprl"),
          List.of("srl"),
          List.of("sas"),
          List.of("sa"),
          List.of("scs"),
          List.of("scsa"),
          List.of("sca"),
          List.of("sc"),
          List.of("snc"),
          List.of("gmbh"),
          List.of("ag"),
          List.of("kg"),
          List.of("ug"),
          List.of("asbl"),
          List.of("ev"),
          List.of("ltd"),
          List.of("llc"),
          List.of("inc"),
          List.of("plc"),
          List.of("bv"),
          List.of("nv"));

  private DuplicateDetector() {}

  /** The members among {@code existing} that {@code candidate} probably duplicates. */
  public static List<DuplicateCandidate> candidatesFor(
      Member candidate, Collection<Member> existing) {
    List<DuplicateCandidate> found = new ArrayList<>();
    for (Member other : existing) {
      if (other.id().equals(candidate.id())
          || other.status().isTerminal()
          || candidate.isKnownDistinctFrom(other)) {
        continue;
      }
      Set<DuplicateReason> reasons = reasons(candidate, other);
      if (!reasons.isEmpty()) {
        found.add(new DuplicateCandidate(other.id(), other.slug(), other.displayName(), reasons));
      }
    }
    return List.copyOf(found);
  }

  /** Why {@code a} and {@code b} look like the same member; empty if they do not. */
  public static Set<DuplicateReason> reasons(Member a, Member b) {
    Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
    if (a.contact().email().isPresent() && a.contact().email().equals(b.contact().email())) {
      reasons.add(DuplicateReason.SAME_EMAIL);
    }
    Optional<String> hostA = a.profile().website().map(WebLink::host);
    if (hostA.isPresent() && hostA.equals(b.profile().website().map(WebLink::host))) {
      reasons.add(DuplicateReason.SAME_WEBSITE);
    }
    if (similarNames(a.displayName(), b.displayName())) {
      reasons.add(DuplicateReason.SIMILAR_NAME);
    }
    return reasons;
  }

  /**
   * Whether two names are near-identical: equal once normalised, or within {@value
   * #MAX_NAME_DISTANCE} edits when both are at least {@value #MIN_LENGTH_FOR_TYPOS} characters.
   */
  public static boolean similarNames(String a, String b) {
    String na = normalisedName(a);
    String nb = normalisedName(b);
    if (na.isEmpty() || nb.isEmpty()) {
      return false;
    }
    if (na.equals(nb)) {
      return true;
    }
    return Math.min(na.length(), nb.length()) >= MIN_LENGTH_FOR_TYPOS
        && TextNormalizer.editDistance(na, nb) <= MAX_NAME_DISTANCE;
  }

  /**
   * A name reduced to what identifies it: folded, dots and apostrophes dropped ("S.à r.l." reads
   * "sa rl"), trailing legal forms removed, the remaining words joined without spaces.
   */
  public static String normalisedName(String name) {
    String folded = TextNormalizer.fold(name).replaceAll("[.'’]", "");
    List<String> words = new ArrayList<>(TextNormalizer.tokens(folded));
    boolean removed = true;
    while (removed && words.size() > 1) {
      removed = false;
      for (List<String> suffix : LEGAL_SUFFIXES) {
        if (endsWith(words, suffix) && words.size() > suffix.size()) {
          words.subList(words.size() - suffix.size(), words.size()).clear();
          removed = true;
          break;
        }
      }
    }
    return String.join("", words);
  }

  private static boolean endsWith(List<String> words, List<String> suffix) {
    return words.size() >= suffix.size()
        && words.subList(words.size() - suffix.size(), words.size()).equals(suffix);
  }
}
