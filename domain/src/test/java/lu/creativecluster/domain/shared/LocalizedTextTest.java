package lu.creativecluster.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

  @Test
  void givesTheTextOfEachLanguage_stripped() {
    LocalizedText text = LocalizedText.of(" Musik ", "Musique", "Music");
    assertEquals("Musik", text.in(Language.DE));
    assertEquals("Musique", text.in(Language.FR));
    assertEquals("Music", text.in(Language.EN));
  }

  @Test
  void aMissingOrBlankLanguage_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LocalizedText(Map.of(Language.DE, "Musik", Language.EN, "Music")));
    assertThrows(IllegalArgumentException.class, () -> LocalizedText.of("Musik", " ", "Music"));
  }

  @Test
  void isImmutable_evenWhenTheSourceMapChanges() {
    Map<Language, String> source = new HashMap<>();
    source.put(Language.DE, "Musik");
    source.put(Language.FR, "Musique");
    source.put(Language.EN, "Music");
    LocalizedText text = new LocalizedText(source);
    source.put(Language.EN, "Changed");
    assertEquals("Music", text.in(Language.EN));
    assertThrows(UnsupportedOperationException.class, () -> text.values().clear());
  }
}
