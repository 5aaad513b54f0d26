package lu.creativecluster.application.service.sector;

import static lu.creativecluster.application.service.sector.InMemorySectors.sector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import lu.creativecluster.application.port.in.sector.SectorNotFoundException;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import org.junit.jupiter.api.Test;

class SectorServicesTest {

  private final InMemorySectors sectors =
      new InMemorySectors(sector("music", 12), sector("architecture", 1), sector("design", 5));

  @Test
  void listSectors_returnsEverySectorInPublishedOrder() {
    List<Sector> listed = new ListSectorsService(new SectorCatalog(sectors)).listSectors();
    assertEquals(
        List.of("architecture", "design", "music"),
        listed.stream().map(s -> s.code().value()).toList());
  }

  @Test
  void showSector_returnsTheSectorWithThatCode() {
    Sector design =
        new ShowSectorService(new SectorCatalog(sectors)).showSector(new SectorCode("design"));
    assertEquals(5, design.position());
  }

  @Test
  void showSector_unknownCode_throwsSectorNotFound() {
    SectorCode unknown = new SectorCode("alchemy");
    SectorNotFoundException e =
        assertThrows(
            SectorNotFoundException.class,
            () -> new ShowSectorService(new SectorCatalog(sectors)).showSector(unknown));
    assertEquals("alchemy", e.requestedCode());
  }
}
