package lu.creativecluster.adapter.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.Problem;
import lu.creativecluster.adapter.rest.sector.SectorDto;
import org.junit.jupiter.api.Test;

class ApplicationJsonbTest {

  private final ApplicationJsonb resolver = new ApplicationJsonb();

  @Test
  void everyTypeIsWrittenByTheSameJsonb() {
    assertSame(resolver.getContext(SectorDto.class), resolver.getContext(Problem.class));
    assertSame(resolver.getContext(SectorDto.class), resolver.getContext(List.class));
  }

  @Test
  void aSectorIsWrittenInTheDocumentedPropertyOrder() {
    SectorDto dto =
        new SectorDto("music", 12, "de", "Musik", "Komponieren und Aufführen.", List.of("59.20"));

    assertEquals(
        "{\"code\":\"music\",\"position\":12,\"lang\":\"de\",\"name\":\"Musik\","
            + "\"description\":\"Komponieren und Aufführen.\",\"naceClasses\":[\"59.20\"]}",
        resolver.getContext(SectorDto.class).toJson(dto));
  }

  @Test
  void aProblemLeavesOutWhatItDoesNotHave() {
    Problem problem =
        new Problem(
            "about:blank",
            "Bad Request",
            400,
            null,
            "/api/v1/sectors",
            List.of(new InvalidParam("lang", "must be one of: de, fr, en")));

    assertEquals(
        "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
            + "\"instance\":\"/api/v1/sectors\","
            + "\"invalidParams\":[{\"name\":\"lang\",\"reason\":\"must be one of: de, fr, en\"}]}",
        resolver.getContext(Problem.class).toJson(problem));
  }
}
