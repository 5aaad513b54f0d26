package lu.creativecluster.domain.member;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Domain helper: the one way member texts are compared, so duplicate detection and every search
 * adapter agree on what "the same word" means. Folding strips accents and case ("Créée" and "creee"
 * fold alike); tokens are the runs of letters and digits that remain.
 */
public final class TextNormalizer {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

  private TextNormalizer() {}

  /** Lower case without accents; letters that do not decompose (ß, æ, œ, ø, ł) are spelt out. */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'ß' -> out.append("ss");
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ø' -> out.append('o');
        case 'ł' -> out.append('l');
        case 'đ' -> out.append('d');
        case 'ı' -> out.append('i');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The folded words of a text, in order: runs of a-z and 0-9. */
  public static List<String> tokens(String text) {
    String folded = fold(text);
    if (folded.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(NOT_ALPHANUMERIC.split(folded)).filter(t -> !t.isEmpty()).toList();
  }

  /**
   * The Damerau-Levenshtein distance (optimal string alignment): insertions, deletions,
   * substitutions and swaps of two neighbouring characters each count one.
   */
  public static int editDistance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }
}
