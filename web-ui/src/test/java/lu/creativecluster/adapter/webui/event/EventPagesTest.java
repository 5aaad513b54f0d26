package lu.creativecluster.adapter.webui.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import lu.creativecluster.application.port.in.event.EventListQuery;
import org.junit.jupiter.api.Test;

class EventPagesTest {

  @Test
  void thePastPageParameter_isAPlainPageNumber_anythingElseShowsTheFirst() {
    assertEquals(0, EventPages.pastPage(null));
    assertEquals(0, EventPages.pastPage(""));
    assertEquals(3, EventPages.pastPage("3"));
    assertEquals(0, EventPages.pastPage("-1"));
    assertEquals(0, EventPages.pastPage("1e3"));
    assertEquals(0, EventPages.pastPage(" 2"));
    assertEquals(0, EventPages.pastPage("99999999999"));
    assertEquals(EventListQuery.MAX_PAGE, EventPages.pastPage("99999"));
  }
}
