package lu.creativecluster.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void fromTag_readsPrimarySubtagCaseInsensitively() {
    assertEquals(Optional.of(Language.DE), Language.fromTag("de-LU"));
    assertEquals(Optional.of(Language.FR), Language.fromTag("FR"));
    assertEquals(Optional.of(Language.EN), Language.fromTag(" en_GB "));
  }

  @Test
  void fromTag_unsupportedOrBlank_isEmpty() {
    assertTrue(Language.fromTag("lb").isEmpty());
    assertTrue(Language.fromTag("").isEmpty());
    assertTrue(Language.fromTag(null).isEmpty());
    assertTrue(Language.fromTag("english").isEmpty());
    assertTrue(Language.fromTag("-de").isEmpty());
    assertTrue(Language.fromTag("d").isEmpty());
  }

  @Test
  void fromTag_primarySubtagEndsAtTheFirstSeparator() {
    assertEquals(Optional.of(Language.DE), Language.fromTag("de-"));
    assertEquals(Optional.of(Language.FR), Language.fromTag("fr_CA-x-private"));
  }

  @Test
  void defaultIsEnglish() {
    assertEquals(Language.EN, Language.DEFAULT);
    assertEquals("en", Language.DEFAULT.locale().getLanguage());
  }

  @Test
  void bestOf_picksTheBestSupportedByQuality_ignoringZeroQuality() {
    assertEquals(Optional.of(Language.FR), Language.bestOf("lb;q=1, fr;q=0.8, de;q=0.5"));
    assertEquals(Optional.of(Language.DE), Language.bestOf("en;q=0.3, de-LU"));
    assertEquals(Optional.of(Language.EN), Language.bestOf("fr;q=0, it, en;q=0.1"));
  }

  @Test
  void bestOf_missingMalformedOrUnsupported_isEmpty() {
    assertTrue(Language.bestOf(null).isEmpty());
    assertTrue(Language.bestOf(" ").isEmpty());
    assertTrue(Language.bestOf("de;q=abc").isEmpty());
    assertTrue(Language.bestOf("*").isEmpty());
    assertTrue(Language.bestOf("lb, it").isEmpty());
  }
}
