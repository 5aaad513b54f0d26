package lu.creativecluster.adapter.rest.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageNegotiationTest {

  @Test
  void explicitParameter_winsOverAcceptLanguage() {
    assertEquals(Language.FR, LanguageNegotiation.choose("fr", "de-DE,de;q=0.9"));
    assertEquals(Language.DE, LanguageNegotiation.choose("DE", null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xx", "lb", "", "de-LU", "english"})
  void unsupportedParameter_isRefusedNamingLang(String lang) {
    InvalidRequestParameterException e =
        assertThrows(
            InvalidRequestParameterException.class, () -> LanguageNegotiation.choose(lang, null));
    assertEquals("lang", e.invalidParams().get(0).name());
  }

  @Test
  void acceptLanguage_picksTheBestSupportedByQuality() {
    assertEquals(Language.FR, LanguageNegotiation.choose(null, "lb;q=1, fr;q=0.8, de;q=0.5"));
    assertEquals(Language.DE, LanguageNegotiation.choose(null, "en;q=0.3, de-LU"));
  }

  @Test
  void acceptLanguage_ignoresRangesWithZeroQuality() {
    assertEquals(Language.EN, LanguageNegotiation.choose(null, "fr;q=0, it"));
  }

  @Test
  void noOrMalformedAcceptLanguage_givesTheDefault() {
    assertEquals(Language.EN, LanguageNegotiation.choose(null, null));
    assertEquals(Language.EN, LanguageNegotiation.choose(null, "  "));
    assertEquals(Language.EN, LanguageNegotiation.choose(null, "de;q=abc"));
    assertEquals(Language.EN, LanguageNegotiation.choose(null, "*"));
  }
}
