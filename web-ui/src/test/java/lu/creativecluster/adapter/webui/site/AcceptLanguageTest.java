package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptLanguageTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "*", "it, es;q=0.8", "lb"})
  void noSupportedLanguage_givesTheDefault_english(String header) {
    assertEquals(Language.EN, AcceptLanguage.preferred(header));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "de-LU,de;q=0.9,en;q=0.8 | DE",
        "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7 | FR",
        "en-GB,en;q=0.9 | EN",
        "EN-us | EN",
        "lb, it;q=0.9, fr;q=0.5 | FR"
      })
  void firstSupportedLanguage_wins(String header, Language expected) {
    assertEquals(expected, AcceptLanguage.preferred(header));
  }

  @Test
  void qualityValues_beatTheOrderInTheHeader() {
    assertEquals(Language.DE, AcceptLanguage.preferred("fr;q=0.5, en;q=0.3, de"));
  }

  @Test
  void aLanguageWithQualityZero_isRefused() {
    assertEquals(Language.FR, AcceptLanguage.preferred("de;q=0, fr;q=0.1"));
  }

  @Test
  void aMalformedHeader_countsAsMissing() {
    assertEquals(Language.EN, AcceptLanguage.preferred("de;q=abc"));
  }
}
