package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcceptHeaderTest {

  @Test
  void readableRanges_stay() {
    List<String> sent =
        List.of("application/json, text/*;q=0.5", "*/*;q=0", "text/html;level=\"1\"");
    assertTrue(AcceptHeader.allReadable(sent));
    assertEquals(
        List.of("application/json", "text/*;q=0.5", "*/*;q=0", "text/html;level=\"1\""),
        AcceptHeader.readable(sent));
  }

  @Test
  void rangesWithABadQValue_orThatDoNotParse_areDropped() {
    List<String> sent =
        List.of("text/html;q=x, application/json, */*;q=2, garbage, text/html;q=-1, /, a/b/c, ;;;");
    assertFalse(AcceptHeader.allReadable(sent));
    assertEquals(List.of("application/json"), AcceptHeader.readable(sent));
    assertEquals(List.of(), AcceptHeader.readable(List.of("text/html;q=x")));
  }

  @Test
  void languageRangesWithABadWeight_orThatAreNoLanguageRange_areDropped() {
    List<String> sent = List.of("de-LU, fr;q=0.8, en;q=x, *;q=-1, zz;q=1.5, é;q=1, ;", "*;q=0.1");
    assertFalse(AcceptHeader.allReadable(sent, AcceptHeader.LANGUAGE_RANGE));
    assertEquals(
        List.of("de-LU", "fr;q=0.8", "*;q=0.1"),
        AcceptHeader.readable(sent, AcceptHeader.LANGUAGE_RANGE));
    assertTrue(AcceptHeader.allReadable(List.of("de, en;q=0.5"), AcceptHeader.LANGUAGE_RANGE));
  }
}
