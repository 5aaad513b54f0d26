package lu.creativecluster.adapter.webui.member;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.shared.Language;

/**
 * View model helper: the options of the member forms' menus, in the page's language.
 *
 * @param value what the form sends
 * @param label what people read
 */
public record FormChoices(String value, String label) {

  public static List<FormChoices> sectors(List<Sector> sectors, Language language) {
    return sectors.stream()
        .map(s -> new FormChoices(s.code().value(), s.nameIn(language)))
        .toList();
  }

  /** Every ISO 3166 country by its name in the page's language. */
  public static List<FormChoices> countries(Language language) {
    Locale in = language.locale();
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new FormChoices(code, new Locale("", code).getDisplayCountry(in)))
        .sorted(Comparator.comparing(FormChoices::label, java.text.Collator.getInstance(in)))
        .toList();
  }

  static List<String> kinds() {
    return Arrays.stream(MemberKind.values()).map(MemberKind::code).toList();
  }

  /** Team size bands as code and bundle key suffix ({@code 2-9} → {@code micro}). */
  static List<FormChoices> teamSizes() {
    return Arrays.stream(TeamSizeBand.values())
        .map(t -> new FormChoices(t.code(), "member.teamSize." + t.name().toLowerCase(Locale.ROOT)))
        .toList();
  }
}
