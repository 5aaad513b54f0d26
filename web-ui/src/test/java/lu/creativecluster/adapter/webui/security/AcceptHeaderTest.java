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
}
