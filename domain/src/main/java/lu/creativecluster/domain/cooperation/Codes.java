package lu.creativecluster.domain.cooperation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads the stable lower-case codes the cooperation enums are stored and published under. */
public final class Codes {

  private Codes() {}

  /** The constant whose code is {@code code} (case-insensitive); empty for an unknown one. */
  public static <E extends Enum<E>> Optional<E> parse(
      Class<E> type, Function<E, String> codeOf, String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> codeOf.apply(e).equals(wanted))
        .findFirst();
  }

  /** {@code STATE_VISIT} becomes {@code state-visit}. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
