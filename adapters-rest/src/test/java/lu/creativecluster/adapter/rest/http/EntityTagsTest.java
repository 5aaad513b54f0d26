package lu.creativecluster.adapter.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  private final String tag = EntityTags.strong("id", "3", "public");

  @Test
  void aStrongTag_isQuoted_opaque_andChangesWithEveryPart() {
    assertTrue(tag.matches("\"[0-9a-f]{32}\""), tag);
    assertEquals(tag, EntityTags.strong("id", "3", "public"));
    assertNotEquals(tag, EntityTags.strong("id", "4", "public"));
    assertNotEquals(tag, EntityTags.strong("id", "3", "staff"));
    assertNotEquals(EntityTags.strong("a", "bc"), EntityTags.strong("ab", "c"));
  }

  @Test
  void ifNoneMatch_comparesWeakly_andKnowsStarAndLists() {
    assertTrue(EntityTags.noneMatchFails(tag, tag));
    assertTrue(EntityTags.noneMatchFails("W/" + tag, tag));
    assertTrue(EntityTags.noneMatchFails("\"other\", " + tag, tag));
    assertTrue(EntityTags.noneMatchFails("*", tag));
    assertFalse(EntityTags.noneMatchFails("\"other\"", tag));
    assertFalse(EntityTags.noneMatchFails(null, tag));
    assertFalse(EntityTags.noneMatchFails("", tag));
  }

  @Test
  void ifMatch_comparesStrongly() {
    assertTrue(EntityTags.matches(tag, tag));
    assertTrue(EntityTags.matches("\"x\" , " + tag, tag));
    assertTrue(EntityTags.matches("*", tag));
    assertFalse(EntityTags.matches("W/" + tag, tag));
    assertFalse(EntityTags.matches("\"x\"", tag));
    assertFalse(EntityTags.matches(tag.replace("\"", ""), tag));
  }

  @Test
  void commasInsideQuotes_doNotSplitATag() {
    assertEquals(List.of("\"a,b\"", "W/\"c\""), EntityTags.tags(" \"a,b\" ,W/\"c\", "));
  }
}
