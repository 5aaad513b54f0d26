package lu.creativecluster.adapter.rest.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.adapter.rest.http.EntityTags;
import org.junit.jupiter.api.Test;

class PublicAnswerCacheTest {

  private long generation = 7;
  private Object trackingStamp = "stamp-1";
  private long now = Duration.ofHours(1).toNanos();
  private final PublicAnswerCache cache =
      new PublicAnswerCache(
          () -> generation, () -> trackingStamp, Duration.ofSeconds(30), () -> now);

  private static PublicAnswerCache.Key key(String target) {
    return new PublicAnswerCache.Key(target, null, null);
  }

  private static PublicAnswer answer(String body) {
    return answer(body.getBytes(StandardCharsets.UTF_8));
  }

  private static PublicAnswer answer(byte[] body) {
    return new PublicAnswer(200, List.of(Map.entry("Content-Type", "application/json")), body);
  }

  private PublicAnswerCache.Key keep(String target, String body) {
    PublicAnswerCache.Key key = key(target);
    cache.keep(key, cache.token(freshness(target)), answer(body));
    return key;
  }

  private static AnswerFreshness freshness(String target) {
    return AnswerFreshness.ofPath(target.split("\\?")[0]).orElseThrow();
  }

  private Optional<String> read(PublicAnswerCache.Key key) {
    return cache
        .get(key, cache.token(freshness(key.target())))
        .map(a -> new String(a.body(), StandardCharsets.UTF_8));
  }

  @Test
  void theFreshnessOfAPath_comesFromItsFirstSegment_andOnlyInquiriesArePersonal() {
    assertEquals(Optional.of(AnswerFreshness.RELEASE), AnswerFreshness.ofPath("/sectors/music"));
    assertEquals(Optional.of(AnswerFreshness.MEMBERS), AnswerFreshness.ofPath("members"));
    assertEquals(
        Optional.of(AnswerFreshness.BRIEF), AnswerFreshness.ofPath("/events/calendar.ics"));
    assertEquals(Optional.of(AnswerFreshness.TRACKING), AnswerFreshness.ofPath("/inquiries/abc"));
    assertTrue(AnswerFreshness.TRACKING.personal());
    assertFalse(AnswerFreshness.MEMBERS.personal());
    assertEquals(Optional.empty(), AnswerFreshness.ofPath("/staff/members"));
    assertEquals(Optional.empty(), AnswerFreshness.ofPath("/membersx"));
  }

  @Test
  void aMemberAnswer_isReplayedOnlyAtTheGenerationItWasWrittenAt() {
    PublicAnswerCache.Key key = keep("/members/atelier-nord", "before the edit");
    assertEquals(Optional.of("before the edit"), read(key));

    generation++;

    assertEquals(Optional.empty(), read(key));
  }

  @Test
  void aBriefAnswer_isReplayedForTheSetPeriodOnly() {
    now = Duration.ofHours(2).toNanos();
    PublicAnswerCache.Key key = keep("/partners", "network");
    now += Duration.ofSeconds(29).toNanos();
    assertEquals(Optional.of("network"), read(key));

    now += Duration.ofSeconds(1).toNanos();

    assertEquals(Optional.empty(), read(key));
  }

  @Test
  void withTheSettingAtZero_briefAnswersAreNotKept_butSectorsAndMembersAre() {
    PublicAnswerCache never = new PublicAnswerCache(() -> 1L, Object::new, Duration.ZERO, () -> 0L);

    assertFalse(never.keeps(AnswerFreshness.BRIEF));
    assertTrue(never.keeps(AnswerFreshness.RELEASE));
    assertTrue(never.keeps(AnswerFreshness.MEMBERS));
  }

  @Test
  void sectorAnswers_standForTheDeployment() {
    PublicAnswerCache.Key key = keep("/sectors?lang=de", "sectors");
    generation += 5;
    now += Duration.ofDays(3).toNanos();

    assertEquals(Optional.of("sectors"), read(key));
  }

  @Test
  void theSameTargetWithOtherNegotiatedHeaders_isAnotherAnswer() {
    PublicAnswerCache.Key german = new PublicAnswerCache.Key("/sectors", null, "de");
    cache.keep(german, cache.token(AnswerFreshness.RELEASE), answer("Musik"));

    PublicAnswerCache.Key french = new PublicAnswerCache.Key("/sectors", null, "fr");

    assertEquals(Optional.empty(), cache.get(french, cache.token(AnswerFreshness.RELEASE)));
  }

  @Test
  void anAnswerLargerThanTheLimit_isNotKept() {
    PublicAnswerCache.Key key = key("/members?size=100");
    cache.keep(
        key,
        cache.token(AnswerFreshness.MEMBERS),
        answer(new byte[PublicAnswerCache.LARGEST_ANSWER + 1]));

    assertEquals(Optional.empty(), read(key));
    assertEquals(0, cache.keptBytes());
  }

  @Test
  void keptAnswersStayWithinTheBudget_theLeastRecentlyUsedGoingFirst() {
    Object token = cache.token(AnswerFreshness.MEMBERS);
    int count = (int) (PublicAnswerCache.BUDGET / PublicAnswerCache.LARGEST_ANSWER);
    for (int i = 0; i < count; i++) {
      cache.keep(
          key("/members?page=" + i), token, answer(new byte[PublicAnswerCache.LARGEST_ANSWER]));
    }
    assertEquals(PublicAnswerCache.BUDGET, cache.keptBytes());
    cache.get(key("/members?page=0"), token);

    cache.keep(key("/members?page=new"), token, answer(new byte[PublicAnswerCache.LARGEST_ANSWER]));

    assertEquals(PublicAnswerCache.BUDGET, cache.keptBytes());
    assertEquals(count, cache.size());
    assertTrue(cache.get(key("/members?page=0"), token).isPresent());
    assertTrue(cache.get(key("/members?page=1"), token).isEmpty());
    assertTrue(cache.get(key("/members?page=new"), token).isPresent());
  }

  @Test
  void keepingAgainUnderTheSameKey_replacesAndCountsTheBytesOnce() {
    Object token = cache.token(AnswerFreshness.MEMBERS);
    cache.keep(key("/members"), token, answer(new byte[100]));
    cache.keep(key("/members"), token, answer(new byte[40]));

    assertEquals(40, cache.keptBytes());
    assertEquals(1, cache.size());
  }

  @Test
  void aTrackingAnswer_isReplayed_untilAnyInquiryChanges() {
    PublicAnswerCache.Key key = keep("/inquiries/" + EntityTags.strong("/inquiries/tok"), "{}");
    assertEquals(Optional.of("{}"), read(key));

    trackingStamp = "stamp-2";

    assertEquals(Optional.empty(), read(key), "another inquiry's change moves the stamp");
  }

  @Test
  void theDigestOfATrackingPath_holdsNoTrace_ofTheToken_andTellsPathsApart() {
    String token = "q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";
    String digest = EntityTags.strong("/api/v1/inquiries/" + token);

    assertFalse(digest.contains(token.substring(0, 8)));
    assertEquals(digest, EntityTags.strong("/api/v1/inquiries/" + token));
    assertFalse(digest.equals(EntityTags.strong("/api/v1/inquiries/" + token + "x")));
  }

  @Test
  void unmatchedPaths404s_haveAStoreOfTheirOwn_soRandomPathsCannotPushPublicAnswersOut() {
    PublicAnswerCache.Key sectors = keep("/sectors", "[12 sectors]");
    Object unmatched = cache.token(AnswerFreshness.UNMATCHED);
    PublicAnswer notFound = new PublicAnswer(404, List.of(), "{}".getBytes(StandardCharsets.UTF_8));

    for (int i = 0; i <= PublicAnswerCache.UNMATCHED_ENTRIES; i++) {
      cache.keep(key("/no-such-" + i), unmatched, notFound);
    }

    assertEquals(Optional.of("[12 sectors]"), read(sectors));
    assertEquals(Optional.empty(), cache.get(key("/no-such-0"), unmatched), "the eldest went");
    assertEquals(
        Optional.of(404),
        cache
            .get(key("/no-such-" + PublicAnswerCache.UNMATCHED_ENTRIES), unmatched)
            .map(PublicAnswer::status));
    assertEquals(
        Optional.empty(),
        cache.get(key("/no-such-1"), cache.token(AnswerFreshness.RELEASE)),
        "an unmatched path's 404 never stands in for an answer of a known path");
  }
}
