package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts of the mails exist in de, fr and en, none blank, every pattern formats. */
class MailBundlesTest {

  private static final String FOLDER = "lu/creativecluster/adapter/mail/";

  private static Properties load(String suffix) {
    String resource = FOLDER + "mail" + suffix + ".properties";
    try (InputStream in = MailBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "missing " + resource);
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"_de", "_fr"})
  void everyEnglishKey_isTranslated_andNothingElse(String suffix) {
    Set<String> english = load("").stringPropertyNames();
    Set<String> translated = load(suffix).stringPropertyNames();
    assertEquals(new TreeSet<>(english), new TreeSet<>(translated), "keys of mail" + suffix);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_de", "_fr"})
  void noText_isBlank_andEveryPatternFormats(String suffix) {
    Properties texts = load(suffix);
    Set<String> blank =
        texts.stringPropertyNames().stream()
            .filter(key -> texts.getProperty(key).isBlank())
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of(), blank, "blank texts in mail" + suffix);
    for (String key : texts.stringPropertyNames()) {
      String value = texts.getProperty(key);
      if (value.contains("{0") || value.contains("{1")) {
        String formatted =
            new MessageFormat(value, Locale.ROOT).format(new Object[] {2, 2, 2, 2, 2, 2});
        assertFalse(formatted.contains("{"), key + " keeps a placeholder");
        assertEquals(
            value.chars().filter(c -> c == '\'').count() / 2,
            formatted.chars().filter(c -> c == '\'').count(),
            key + " must write an apostrophe as ''");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void theEnglishFile_isEmpty_soEnglishComesFromTheBase() {
    assertTrue(load("_en").isEmpty());
  }
}
