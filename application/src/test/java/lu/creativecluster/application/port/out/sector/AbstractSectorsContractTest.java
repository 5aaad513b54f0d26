package lu.creativecluster.application.port.out.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * Contract test: what every adapter of the {@link Sectors} port must do, whatever database or
 * technology it reads from.
 */
public abstract class AbstractSectorsContractTest {

  protected static final List<String> CODES_IN_ORDER =
      List.of(
          "architecture",
          "crafts-manufacturing",
          "visual-arts",
          "film-audiovisual",
          "design",
          "fashion-design",
          "gaming",
          "marketing-communication",
          "literature",
          "digital-media-publishing",
          "performing-arts",
          "music");

  /** The adapter under test, on a store whose schema has been migrated. */
  protected abstract Sectors sectors();

  /** Runs the store's schema migration once more, as a redeployment would. */
  protected abstract void migrateSchemaAgain();

  @Test
  void all_returnsTheTwelveSectorsInPositionOrder() {
    List<Sector> all = sectors().all();

    assertEquals(CODES_IN_ORDER, all.stream().map(s -> s.code().value()).toList());
    assertEquals(
        IntStream.rangeClosed(1, 12).boxed().toList(), all.stream().map(Sector::position).toList());
  }

  @Test
  void everySector_hasANameAndADescriptionInEveryLanguage() {
    for (Sector sector : sectors().all()) {
      for (Language language : Language.values()) {
        assertFalse(sector.nameIn(language).isBlank(), sector.code() + " name " + language);
        assertFalse(
            sector.descriptionIn(language).isBlank(), sector.code() + " description " + language);
      }
    }
  }

  @Test
  void texts_areTranslated_notCopiedFromOneLanguage() {
    Sector music = sectors().byCode(new SectorCode("music")).orElseThrow();
    assertEquals(3, distinct(music.name().values().values()).size(), "names of music");

    for (Sector sector : sectors().all()) {
      assertEquals(
          3,
          distinct(sector.description().values().values()).size(),
          "descriptions of " + sector.code());
    }
  }

  @Test
  void texts_keepTheirUmlautsAndAccents() {
    Sector crafts = sectors().byCode(new SectorCode("crafts-manufacturing")).orElseThrow();
    Sector fashion = sectors().byCode(new SectorCode("fashion-design")).orElseThrow();

    assertTrue(crafts.descriptionIn(Language.DE).contains("Gegenständen"));
    assertEquals("Création de mode", fashion.nameIn(Language.FR));
  }

  @Test
  void everySector_listsTheNaceClassesThatUsuallyFallInIt() {
    for (Sector sector : sectors().all()) {
      assertFalse(sector.naceClasses().isEmpty(), sector.code() + " has no NACE class");
    }
  }

  @Test
  void byCode_returnsTheSectorWithItsNaceClasses() {
    Sector film = sectors().byCode(new SectorCode("film-audiovisual")).orElseThrow();

    assertEquals(4, film.position());
    assertEquals("Film and audiovisual production", film.nameIn(Language.EN));
    assertEquals(naceClasses("59.11", "59.12", "59.13", "59.14"), Set.copyOf(film.naceClasses()));
    assertEquals(
        Set.of(new NaceClass("71.11")),
        Set.copyOf(sectors().byCode(new SectorCode("architecture")).orElseThrow().naceClasses()));
  }

  @Test
  void byCode_returnsTheSameSectorAsAll() {
    for (Sector sector : sectors().all()) {
      assertEquals(sector, sectors().byCode(sector.code()).orElseThrow());
    }
  }

  @Test
  void byCode_givenUnknownCode_returnsEmpty() {
    assertTrue(sectors().byCode(new SectorCode("alchemy")).isEmpty());
  }

  @Test
  void migratingTheSchemaAgain_keepsTheTwelveSectors() {
    List<Sector> before = sectors().all();

    migrateSchemaAgain();

    assertEquals(before, sectors().all());
    assertEquals(12, sectors().all().size());
  }

  private static Set<String> distinct(Collection<String> texts) {
    return Set.copyOf(texts);
  }

  private static Set<NaceClass> naceClasses(String... codes) {
    return Arrays.stream(codes).map(NaceClass::new).collect(Collectors.toSet());
  }
}
