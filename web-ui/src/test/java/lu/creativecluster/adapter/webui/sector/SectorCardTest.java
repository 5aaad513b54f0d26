package lu.creativecluster.adapter.webui.sector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import lu.creativecluster.domain.sector.NaceClass;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

class SectorCardTest {

  private static final Sector MUSIC =
      new Sector(
          new SectorCode("music"),
          12,
          LocalizedText.of("Musik", "Musique", "Music"),
          LocalizedText.of("Komponieren.", "Composition.", "Composing."),
          List.of(new NaceClass("59.20"), new NaceClass("90.01")));

  @Test
  void aCard_showsTheSectorInTheRequestedLanguage() {
    assertEquals(
        new SectorCard("music", "12", "Musique", "Composition.", List.of("59.20", "90.01")),
        SectorCard.from(MUSIC, Language.FR));
  }

  @Test
  void theIndex_hasTwoDigits() {
    Sector first =
        new Sector(
            new SectorCode("architecture"),
            1,
            LocalizedText.of("Architektur", "Architecture", "Architecture"),
            LocalizedText.of("Entwurf.", "Conception.", "Design."),
            List.of(new NaceClass("71.11")));

    assertEquals("01", SectorCard.from(first, Language.DE).number());
  }
}
