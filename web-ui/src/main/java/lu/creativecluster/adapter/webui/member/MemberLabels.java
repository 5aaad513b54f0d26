package lu.creativecluster.adapter.webui.member;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lu.creativecluster.domain.shared.Language;

/**
 * View model helper: the names people read for the codes a member profile holds, in one language.
 * Sector names come from the sector catalogue (the cluster's own translations); country and
 * language names from the JDK's locale data, which names every ISO 3166 country and BCP 47 language
 * in de, fr and en; kinds, team sizes and portfolio kinds from the bundle (see the {@code member.*}
 * keys, which the views read themselves).
 *
 * @param sectorNames sector code → name in {@code language}
 */
record MemberLabels(Language language, Map<String, String> sectorNames) {

  MemberLabels {
    Objects.requireNonNull(language, "language");
    sectorNames = Map.copyOf(sectorNames);
  }

  /** The sector's name, or its code for a sector the catalogue does not know (never fails). */
  String sector(String code) {
    return sectorNames.getOrDefault(code, code);
  }

  /** {@code LU} → "Luxemburg" / "Luxembourg"; an unknown code stays as it is. */
  String country(String alpha2) {
    String name = new Locale("", alpha2).getDisplayCountry(language.locale());
    return name.isBlank() || name.equals(alpha2) ? alpha2 : name;
  }

  /** {@code de} → "Deutsch"/"allemand"/"German", {@code pt-BR} → "Portugiesisch (Brasilien)". */
  String spokenLanguage(String tag) {
    Locale spoken = Locale.forLanguageTag(tag);
    String name = spoken.getDisplayName(language.locale());
    return name.isBlank() ? tag : name;
  }
}
