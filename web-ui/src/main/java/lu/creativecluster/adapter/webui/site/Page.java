package lu.creativecluster.adapter.webui.site;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import lu.creativecluster.domain.shared.Language;

/**
 * Web adapter: the pages that exist, each with its URL slug (after the language), the Faces view
 * that renders it, who may open it, whether the main navigation lists it, and whether it holds a
 * form (a form needs the view state that protects it against CSRF). A page is only linked once it
 * is listed here.
 *
 * <p>This is the one declaration of who may open what: the {@link Area}s below and each page's
 * {@link Audience}. The authentication mechanism's guard ({@code ProtectedPaths}) asks {@link
 * #audienceOf}, and a test proves that web.xml's security constraints (which the OpenID Connect
 * sign-in needs) are exactly {@link #securityConstraints()}.
 */
public enum Page {
  HOME("home", "", "/home.xhtml", Audience.EVERYONE, Listing.NAVIGATION, Forms.NONE),
  SECTORS(
      "sectors", "sectors", "/sectors.xhtml", Audience.EVERYONE, Listing.NAVIGATION, Forms.NONE),
  // Issue 8: the member directory. A slug segment written {member} stands for a member's slug.
  MEMBERS(
      "members", "members", "/members.xhtml", Audience.EVERYONE, Listing.NAVIGATION, Forms.NONE),
  // Issue 10, cross-border cooperation (before the staff area, so the navigation ends with it). A
  // mission's id (a UUID) fills the {member} segment: it is
  // a lower-case slug too, so the routing of member pages serves it unchanged.
  PARTNERS(
      "partners", "partners", "/partners.xhtml", Audience.EVERYONE, Listing.NAVIGATION, Forms.NONE),
  MISSIONS(
      "missions", "missions", "/missions.xhtml", Audience.EVERYONE, Listing.NAVIGATION, Forms.NONE),
  MISSION(
      "mission",
      "missions/" + Page.MEMBER,
      "/mission.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  EXPORT_OVERVIEW(
      "exportOverview",
      "export",
      "/export.xhtml",
      Audience.EVERYONE,
      Listing.NAVIGATION,
      Forms.NONE),
  STAFF_MISSION(
      "staffMission",
      "staff/missions/" + Page.MEMBER,
      "/staff/mission.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME),
  // Issue 10, staff side: the partner network (?id= edits one) and the mission form (?id= revises).
  STAFF_PARTNERS(
      "staffPartners",
      "staff/partners",
      "/staff/partners.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME),
  MISSION_EDIT(
      "missionEdit",
      "staff/mission-edit",
      "/staff/mission-edit.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME),
  // Issue 11, events: the list, the cancellation page of the confirmation mail's private link
  // (?token=), one event with its registration form (its id fills the {member} segment, as for
  // missions), and staff's list and edit page ("new" in the id's place announces one).
  EVENTS("events", "events", "/events.xhtml", Audience.EVERYONE, Listing.NAVIGATION, Forms.NONE),
  EVENT_CANCEL(
      "eventCancel",
      "events/cancel",
      "/event-cancel.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  EVENT(
      "event",
      "events/" + Page.MEMBER,
      "/event.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  STAFF_EVENTS(
      "staffEvents",
      "staff/events",
      "/staff/events.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.NONE),
  STAFF_EVENT(
      "staffEvent",
      "staff/events/" + Page.MEMBER,
      "/staff/event.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME),
  // Issue 11: the impact dashboard (in the navigation, after the events, before the staff area).
  IMPACT("impact", "impact", "/impact.xhtml", Audience.EVERYONE, Listing.NAVIGATION, Forms.NONE),
  STAFF("staff", "staff/", "/staff/index.xhtml", Audience.STAFF, Listing.NAVIGATION, Forms.SOME),
  AUDIT_LOG(
      "auditLog", "staff/audit", "/staff/audit.xhtml", Audience.ADMIN, Listing.HIDDEN, Forms.NONE),
  MEMBER_APPLY(
      "memberApply",
      "members/apply",
      "/member-apply.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  MEMBER_PROFILE(
      "memberProfile",
      "members/" + Page.MEMBER,
      "/member.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.NONE),
  MEMBER_EDIT(
      "memberEdit",
      "members/" + Page.MEMBER + "/edit",
      "/member-edit.xhtml",
      Audience.SIGNED_IN,
      Listing.HIDDEN,
      Forms.SOME),
  STAFF_MEMBERS(
      "staffMembers",
      "staff/members",
      "/staff/members.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME),
  SIGN_IN("signIn", "sign-in", "/sign-in.xhtml", Audience.EVERYONE, Listing.HIDDEN, Forms.SOME),
  FORGOT_PASSWORD(
      "forgotPassword",
      "forgot-password",
      "/forgot-password.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  SET_PASSWORD(
      "setPassword",
      "set-password",
      "/set-password.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  /**
   * Where the sign-out button of a page without view state posts to (error pages): its view never
   * keeps state, so any stateless sign-out form can be decoded there.
   */
  SIGN_OUT(
      "signOut", "sign-out", "/sign-out.xhtml", Audience.EVERYONE, Listing.HIDDEN, Forms.STATELESS),
  // Issue 8, member data in and out: staff's CSV import, and a member's own data (GDPR).
  MEMBER_IMPORT(
      "memberImport",
      "staff/members/import",
      "/staff/member-import.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME),
  MEMBER_DATA(
      "memberData",
      "account/member-data",
      "/account/member-data.xhtml",
      Audience.SIGNED_IN,
      Listing.HIDDEN,
      Forms.SOME),
  // Issue 9, inquiries: the public form, the asker's tracking page and the recipient's reply page
  // (both opened by the private link of a mail, ?token=), and the staff inbox with one inquiry.
  INQUIRY_NEW(
      "inquiryNew",
      "inquiries/new",
      "/inquiry-new.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  INQUIRY_TRACK(
      "inquiryTrack",
      "inquiries/track",
      "/inquiry-track.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  INQUIRY_REPLY(
      "inquiryReply",
      "inquiries/reply",
      "/inquiry-reply.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.SOME),
  STAFF_INQUIRIES(
      "staffInquiries",
      "staff/inquiries",
      "/staff/inquiries.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME),
  STAFF_INQUIRY(
      "staffInquiry",
      "staff/inquiry",
      "/staff/inquiry.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME),
  STAFF_INQUIRY_FIGURES(
      "staffInquiryFigures",
      "staff/inquiry-figures",
      "/staff/inquiry-figures.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.NONE),
  STAFF_MAIL_TEXTS(
      "staffMailTexts",
      "staff/mail-texts",
      "/staff/mail-texts.xhtml",
      Audience.ADMIN,
      Listing.HIDDEN,
      Forms.SOME),
  // Issue 11, projects and the impact dashboard (a project's id fills the {member} segment, as a
  // mission's does).
  PROJECTS(
      "projects", "projects", "/projects.xhtml", Audience.EVERYONE, Listing.HIDDEN, Forms.NONE),
  PROJECT(
      "project",
      "projects/" + Page.MEMBER,
      "/project.xhtml",
      Audience.EVERYONE,
      Listing.HIDDEN,
      Forms.NONE),
  STAFF_PROJECTS(
      "staffProjects",
      "staff/projects",
      "/staff/projects.xhtml",
      Audience.STAFF,
      Listing.HIDDEN,
      Forms.SOME);

  /**
   * Parts of the site that need at least an audience for everything below them, pages that do not
   * exist yet included ({@code /de/staff/…}, views {@code /staff/*.xhtml}); a page inside may ask
   * for more (the audit log: admins only).
   */
  public enum Area {
    STAFF("staff", Audience.STAFF),
    ACCOUNT("account", Audience.SIGNED_IN);

    private final String segment;
    private final String segmentPrefix;
    private final Audience audience;

    Area(String segment, Audience audience) {
      this.segment = segment;
      this.segmentPrefix = segment + "-";
      this.audience = audience;
    }

    /** The first path segment after the language. */
    public String segment() {
      return segment;
    }

    public Audience audience() {
      return audience;
    }

    /** Loosely: {@code staff} and {@code staff-…} (a view such as {@code /staff-audit.xhtml}). */
    boolean covers(String firstSegment) {
      return firstSegment.equals(segment) || firstSegment.startsWith(segmentPrefix);
    }
  }

  /** Whether the main navigation lists a page (to those it admits). */
  enum Listing {
    NAVIGATION,
    HIDDEN
  }

  /** What the page's forms need from the view state. */
  enum Forms {
    /** No form of its own; only the header's sign-out form for signed-in people. */
    NONE,
    /** Forms that anyone may post: the view always keeps state (the CSRF token). */
    SOME,
    /** Posted to from views without state: never keeps state. */
    STATELESS
  }

  /**
   * The slug segment that stands for a member's slug. Servlet URL patterns cannot express such a
   * segment, so pages with one are guarded by {@link #audienceOf} alone, never by web.xml.
   */
  public static final String MEMBER = "{member}";

  private final String key;
  private final String slug;
  private final String viewId;
  private final Audience audience;
  private final Listing listing;
  private final Forms forms;
  // Split once: the authentication mechanism matches every request's path against every page.
  private final List<String> slugSegments;
  private final String slugJoined;

  Page(String key, String slug, String viewId, Audience audience, Listing listing, Forms forms) {
    this.key = key;
    this.slug = slug;
    this.slugSegments = Arrays.stream(slug.split("/")).filter(s -> !s.isEmpty()).toList();
    this.slugJoined = String.join("-", slugSegments);
    this.viewId = viewId;
    this.audience = audience;
    this.listing = listing;
    this.forms = forms;
  }

  /** Names the page in the message bundle ({@code nav.<key>}, {@code <key>.title}). */
  public String key() {
    return key;
  }

  /**
   * The path after the language: empty for the home page ({@code /de/}), {@code staff/} for the
   * staff area ({@code /de/staff/}), {@code staff/audit} below it.
   */
  public String slug() {
    return slug;
  }

  public String viewId() {
    return viewId;
  }

  /** Who may open the page. */
  public Audience audience() {
    return audience;
  }

  /** Whether the main navigation offers the page (to those its audience admits). */
  public boolean inNavigation() {
    return listing == Listing.NAVIGATION;
  }

  /**
   * Whether the rendered view keeps state (the Faces view state, which is also the CSRF token of
   * its forms). Pages without forms stay stateless for visitors, so they create no session; for
   * signed-in people they keep state because the header then holds the sign-out form.
   */
  public boolean keepsViewState(boolean signedIn) {
    return switch (forms) {
      case SOME -> true;
      case NONE -> signedIn;
      case STATELESS -> false;
    };
  }

  /** The bundle key of the page's name in the main navigation. */
  public String labelKey() {
    return "nav." + key;
  }

  /**
   * Who may open a path, strictest rule first.
   *
   * @param segments the path after the language, as lower-case segments without empty ones, path
   *     parameters or the Faces suffix ({@code /de/staff/audit} → {@code [staff, audit]}; the view
   *     {@code /staff/audit.xhtml} gives the same)
   */
  public static Audience audienceOf(List<String> segments) {
    Audience audience = Audience.EVERYONE;
    if (segments.isEmpty()) {
      return audience;
    }
    String first = segments.get(0);
    for (Area area : Area.values()) {
      if (area.covers(first)) {
        audience = audience.stricter(area.audience());
      }
    }
    for (Page page : values()) {
      List<String> slug = page.slugSegments();
      boolean below =
          !slug.isEmpty()
              && segments.size() >= slug.size()
              && matches(slug, segments.subList(0, slug.size()));
      if (below || (slug.size() > 1 && first.equals(page.slugJoined))) {
        audience = audience.stricter(page.audience);
      }
    }
    return audience;
  }

  /**
   * The servlet security constraints that say the same as the areas and pages: for each role code
   * ({@code **} for any signed-in person), the URL patterns it guards, in every language and as
   * Faces views.
   */
  public static Map<String, Set<String>> securityConstraints() {
    Map<String, Set<String>> constraints = new TreeMap<>();
    for (Area area : Area.values()) {
      Set<String> patterns =
          constraints.computeIfAbsent(roleName(area.audience()), r -> new TreeSet<>());
      for (Language language : Language.values()) {
        patterns.add("/" + language.code() + "/" + area.segment() + "/*");
      }
      patterns.add("/" + area.segment() + "/*");
    }
    for (Page page : values()) {
      List<String> slug = page.slugSegments();
      if (!page.audience.signInRequired() || slug.isEmpty() || page.hasMember()) {
        continue;
      }
      Audience ofArea = audienceOf(slug.subList(0, 1));
      if (page.audience.stricter(ofArea) == ofArea) {
        continue;
      }
      Set<String> patterns =
          constraints.computeIfAbsent(roleName(page.audience), r -> new TreeSet<>());
      for (Language language : Language.values()) {
        patterns.add("/" + language.code() + "/" + page.slug);
      }
      patterns.add(page.viewId);
    }
    return constraints;
  }

  private static String roleName(Audience audience) {
    return audience.role().map(role -> role.code()).orElse("**");
  }

  /** Whether the page is about one member, whose slug stands in its own slug's {@link #MEMBER}. */
  public boolean hasMember() {
    return slug.contains(MEMBER);
  }

  /**
   * The page about one member a path after the language names ({@code members/atelier-nord}), with
   * that member's slug; pages with a fixed slug ({@code members/apply}) are matched first by {@link
   * #fromSlug}.
   */
  public static Optional<Map.Entry<Page, String>> withMember(String rest) {
    List<String> segments = Arrays.asList(rest.split("/", -1));
    for (Page page : values()) {
      List<String> slug = page.slugSegments();
      if (!page.hasMember() || slug.size() != segments.size() || !matches(slug, segments)) {
        continue;
      }
      String member = segments.get(slug.indexOf(MEMBER));
      if (isMemberSlug(member)) {
        return Optional.of(Map.entry(page, member));
      }
    }
    return Optional.empty();
  }

  /** The form of a member slug (lower-case letters, digits, hyphens), before any lookup. */
  static boolean isMemberSlug(String segment) {
    return !segment.isEmpty()
        && segment.length() <= 80
        && segment
            .chars()
            .allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  }

  private static boolean matches(List<String> slug, List<String> segments) {
    for (int i = 0; i < slug.size(); i++) {
      if (!slug.get(i).equals(MEMBER) && !slug.get(i).equals(segments.get(i))) {
        return false;
      }
    }
    return true;
  }

  private List<String> slugSegments() {
    return slugSegments;
  }

  public static Optional<Page> fromKey(String key) {
    return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
  }

  public static Optional<Page> fromSlug(String slug) {
    return Arrays.stream(values()).filter(p -> p.slug.equals(slug)).findFirst();
  }

  public static Optional<Page> fromViewId(String viewId) {
    return Arrays.stream(values()).filter(p -> p.viewId.equals(viewId)).findFirst();
  }
}
