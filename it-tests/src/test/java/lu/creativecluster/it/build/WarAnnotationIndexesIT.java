package lu.creativecluster.it.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import lu.creativecluster.it.support.PlatformWar;
import org.junit.jupiter.api.Test;

/**
 * The WAR as built for operators carries an annotation index in every archive WildFly would
 * otherwise index at each start (web-ui's build step "annotation-indexes"): a reordered or dropped
 * build step would only show as a slower start, so this says it plainly.
 */
class WarAnnotationIndexesIT {

  private static final String INDEX = "META-INF/jandex.idx";

  @Test
  void everyLibraryAndTheWebClassesCarryTheirIndex() throws IOException {
    File war = PlatformWar.file();
    try (ZipFile zip = new ZipFile(war)) {
      assertNotNull(
          zip.getEntry("WEB-INF/classes/" + INDEX),
          "WEB-INF/classes has no " + INDEX + " in " + war);
      List<String> libraries = new ArrayList<>();
      List<String> withoutIndex = new ArrayList<>();
      for (ZipEntry entry : Collections.list(zip.entries())) {
        if (entry.getName().startsWith("WEB-INF/lib/") && entry.getName().endsWith(".jar")) {
          libraries.add(entry.getName());
          if (!containsIndex(new ZipInputStream(zip.getInputStream(entry)))) {
            withoutIndex.add(entry.getName());
          }
        }
      }
      assertFalse(libraries.isEmpty(), "no library in " + war);
      assertEquals(List.of(), withoutIndex, "libraries without " + INDEX);
    }
  }

  private static boolean containsIndex(ZipInputStream jar) throws IOException {
    try (jar) {
      for (ZipEntry entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
        if (INDEX.equals(entry.getName())) {
          return true;
        }
      }
      return false;
    }
  }
}
