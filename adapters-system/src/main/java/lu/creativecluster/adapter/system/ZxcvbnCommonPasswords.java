package lu.creativecluster.adapter.system;

import com.nulabinc.zxcvbn.StandardDictionaries;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import lu.creativecluster.application.port.out.account.CommonPasswords;

/**
 * System adapter: the common-password list that zxcvbn4j ships (its {@code passwords} dictionary,
 * 30,000 passwords seen most often in leaks, maintained with the library), loaded once into memory.
 * A password is common when it is on the list, ignoring case, or is a listed one with only digits,
 * punctuation or spaces around it ({@code Password2026!}), or a listed one repeated.
 */
@ApplicationScoped
public class ZxcvbnCommonPasswords implements CommonPasswords {

  /**
   * Shorter bases are ordinary syllables ("abc", "love"); only longer ones make a password weak.
   */
  static final int MIN_BASE_LENGTH = 5;

  private static final Pattern DECORATION =
      Pattern.compile("^[\\p{N}\\p{P}\\p{S}\\s]+|[\\p{N}\\p{P}\\p{S}\\s]+$");

  private final Set<String> listed;

  public ZxcvbnCommonPasswords() {
    this(load());
  }

  ZxcvbnCommonPasswords(List<String> passwords) {
    Set<String> lowered = new HashSet<>(passwords.size() * 2);
    for (String password : passwords) {
      lowered.add(password.toLowerCase(Locale.ROOT));
    }
    this.listed = Set.copyOf(lowered);
  }

  @Override
  public boolean isCommon(String password) {
    String lower = password.strip().toLowerCase(Locale.ROOT);
    if (listed.contains(lower)) {
      return true;
    }
    String base = DECORATION.matcher(lower).replaceAll("");
    if (base.length() >= MIN_BASE_LENGTH && (listed.contains(base) || isRepeatedListed(base))) {
      return true;
    }
    return isRepeatedListed(lower);
  }

  int size() {
    return listed.size();
  }

  /**
   * {@code qwertyqwerty}: one listed password (of the minimum length or more) said twice or more.
   */
  private boolean isRepeatedListed(String text) {
    for (int unit = MIN_BASE_LENGTH; unit <= text.length() / 2; unit++) {
      if (text.length() % unit == 0
          && text.substring(0, unit).repeat(text.length() / unit).equals(text)
          && listed.contains(text.substring(0, unit))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> load() {
    try {
      return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies();
    } catch (IOException e) {
      throw new UncheckedIOException("zxcvbn4j's password list is part of its jar", e);
    }
  }
}
