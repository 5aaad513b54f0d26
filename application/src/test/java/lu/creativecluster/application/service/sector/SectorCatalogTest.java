package lu.creativecluster.application.service.sector;

import static lu.creativecluster.application.service.sector.InMemorySectors.sector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;
import org.junit.jupiter.api.Test;

class SectorCatalogTest {

  /** The port as a database would be: its content can change, and every read is counted. */
  private static final class CountingSectors implements Sectors {
    Sectors content;
    final AtomicInteger reads = new AtomicInteger();

    CountingSectors(Sectors content) {
      this.content = content;
    }

    @Override
    public List<Sector> all() {
      reads.incrementAndGet();
      return content.all();
    }

    @Override
    public Optional<Sector> byCode(SectorCode code) {
      reads.incrementAndGet();
      return content.byCode(code);
    }
  }

  private final CountingSectors port =
      new CountingSectors(new InMemorySectors(sector("music", 12), sector("design", 5)));
  private final SectorCatalog catalog = new SectorCatalog(port);

  @Test
  void manyReads_askThePortOnce() {
    for (int i = 0; i < 100; i++) {
      catalog.all();
      catalog.byCode(new SectorCode("music"));
      catalog.byCode(new SectorCode("alchemy"));
    }
    assertEquals(1, port.reads.get());
  }

  @Test
  void all_isInPublishedOrder_andByCodeFindsEachSector() {
    assertEquals(
        List.of("design", "music"), catalog.all().stream().map(s -> s.code().value()).toList());
    assertEquals(12, catalog.byCode(new SectorCode("music")).orElseThrow().position());
    assertTrue(catalog.byCode(new SectorCode("alchemy")).isEmpty());
  }

  @Test
  void afterInvalidate_theNextReadSeesTheChangedSectors() {
    catalog.all();
    port.content = new InMemorySectors(sector("music", 12), sector("design", 5), sector("film", 7));

    assertEquals(2, catalog.all().size(), "held in memory until invalidated");
    catalog.invalidate();

    assertEquals(
        List.of("design", "film", "music"),
        catalog.all().stream().map(s -> s.code().value()).toList());
    assertEquals(2, port.reads.get());
  }
}
