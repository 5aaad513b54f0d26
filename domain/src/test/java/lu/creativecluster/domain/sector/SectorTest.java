package lu.creativecluster.domain.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SectorTest {

  private static final LocalizedText NAME = LocalizedText.of("Musik", "Musique", "Music");
  private static final LocalizedText DESCRIPTION =
      LocalizedText.of("Komponieren.", "Composer.", "Composing.");

  @Test
  void aSector_speaksEachLanguage() {
    Sector music =
        new Sector(new SectorCode("music"), 12, NAME, DESCRIPTION, List.of(new NaceClass("59.20")));
    assertEquals("Musique", music.nameIn(Language.FR));
    assertEquals("Composing.", music.descriptionIn(Language.EN));
    assertEquals("59", music.naceClasses().get(0).division());
  }

  @Test
  void naceClasses_areCopied_soTheSectorCannotBeChangedFromOutside() {
    List<NaceClass> classes = new ArrayList<>(List.of(new NaceClass("59.20")));
    Sector music = new Sector(new SectorCode("music"), 12, NAME, DESCRIPTION, classes);
    classes.add(new NaceClass("90.01"));
    assertEquals(1, music.naceClasses().size());
    assertThrows(UnsupportedOperationException.class, () -> music.naceClasses().clear());
  }

  @Test
  void aNaceClassListedTwice_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Sector(
                new SectorCode("music"),
                12,
                NAME,
                DESCRIPTION,
                List.of(new NaceClass("59.20"), new NaceClass("59.20"))));
  }

  @Test
  void aPositionBelowOne_isRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Sector(new SectorCode("music"), 0, NAME, DESCRIPTION, List.of()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"architecture", "film-audiovisual", "crafts-manufacturing", "a1"})
  void validSlugs_areSectorCodes(String slug) {
    assertEquals(slug, new SectorCode(slug).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Architecture", "film_audio", "-music", "music-", "a--b", "1music", "x y"})
  void invalidSlugs_areRefused(String slug) {
    assertThrows(IllegalArgumentException.class, () -> new SectorCode(slug));
  }

  @ParameterizedTest
  @ValueSource(strings = {"7111", "71.1", "AB.CD", "71.111", ""})
  void malformedNaceClasses_areRefused(String code) {
    assertThrows(IllegalArgumentException.class, () -> new NaceClass(code));
  }
}
