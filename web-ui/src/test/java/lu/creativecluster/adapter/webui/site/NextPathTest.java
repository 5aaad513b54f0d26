package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NextPathTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/de/staff/",
        "/en/staff/audit?before=2026-01-01T00%3A00%3A00Z",
        "/fr/sectors#music",
        "/",
        "/%2F%2Fevil.example"
      })
  void aPathOnThisSite_isFollowed(String next) {
    assertEquals(Optional.of(next), NextPath.sanitise(next));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "//evil.example/",
        "///evil.example",
        "/\\\\evil.example",
        "/\\evil.example",
        "https://evil.example/",
        "evil.example",
        "javascript:alert(1)",
        " /de/",
        "/\t/evil.example",
        "/\n/evil.example",
        "/de/\r\nSet-Cookie: x=1",
        "/de/staff/ü"
      })
  void anythingThatCouldLeaveTheSite_isIgnored(String next) {
    assertEquals(Optional.empty(), NextPath.sanitise(next));
  }

  @Test
  void anAbsurdlyLongPath_isIgnored() {
    assertEquals(Optional.empty(), NextPath.sanitise("/" + "a".repeat(NextPath.MAX_LENGTH)));
  }
}
