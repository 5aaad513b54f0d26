package lu.creativecluster.application.service.member;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lu.creativecluster.application.port.in.member.ImportDuplicate;
import lu.creativecluster.application.port.in.member.ImportError;
import lu.creativecluster.application.port.in.member.ImportReport;
import lu.creativecluster.application.port.in.member.MemberColumn;
import lu.creativecluster.application.port.in.member.MemberCsv;
import lu.creativecluster.application.port.out.member.Members;
import lu.creativecluster.application.port.out.sector.Sectors;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.AccountId;
import lu.creativecluster.domain.member.DuplicateCandidate;
import lu.creativecluster.domain.member.DuplicateDetector;
import lu.creativecluster.domain.member.DuplicateReason;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.sector.Sector;
import lu.creativecluster.domain.sector.SectorCode;

/**
 * Turns a member CSV table into members and stores them, unless a dry run or any row is wrong: the
 * import logic shared by staff's import and the demo data. Not a bean: the services that use it
 * hold the transaction.
 */
final class MemberImporter {

  /** The reason recorded in the history of a member imported as suspended, left or rejected. */
  static final String IMPORT_REASON = "imported from CSV";

  /** After this many namesakes, a random suffix is kinder than counting on. */
  private static final int MAX_NUMBERED_SLUGS = 50;

  private final Members members;
  private final Sectors sectors;
  private final Clock clock;

  MemberImporter(Members members, Sectors sectors, Clock clock) {
    this.members = members;
    this.sectors = sectors;
    this.clock = clock;
  }

  /**
   * Checks the table and, unless a dry run or any row is wrong, stores every member.
   *
   * @param owners accounts that manage the members with these slugs (for the demo members)
   */
  ImportReport importTable(
      Actor actor, MemberCsv.Table table, boolean dryRun, Map<Slug, AccountId> owners) {
    return importTable(actor, table, dryRun, owners, true);
  }

  /**
   * As {@link #importTable(Actor, MemberCsv.Table, boolean, Map)}, but without looking for likely
   * duplicates (a query per row): for the platform's own demo rows, whose report lists none and is
   * read by nobody. Duplicates are only reported, never refused, so the same members are stored.
   */
  ImportReport importWithoutDuplicateSearch(
      Actor actor, MemberCsv.Table table, Map<Slug, AccountId> owners) {
    return importTable(actor, table, false, owners, false);
  }

  private ImportReport importTable(
      Actor actor,
      MemberCsv.Table table,
      boolean dryRun,
      Map<Slug, AccountId> owners,
      boolean findDuplicates) {
    List<ImportError> errors = new ArrayList<>();
    Map<Integer, MemberColumn> columns = columns(table.headers(), errors);
    if (!errors.isEmpty()) {
      return new ImportReport(dryRun, table.rows().size(), 0, List.of(), errors, List.of());
    }
    Set<SectorCode> known =
        sectors.all().stream().map(Sector::code).collect(Collectors.toUnmodifiableSet());
    Instant now = clock.instant();
    Year currentYear = Year.now(clock);
    Set<Slug> usedInFile = new HashSet<>();
    List<Built> built = new ArrayList<>();
    List<String> slugs = new ArrayList<>();
    List<ImportDuplicate> duplicates = new ArrayList<>();
    for (MemberCsv.Row row : table.rows()) {
      List<ImportError> rowErrors = new ArrayList<>();
      Map<MemberColumn, String> cells = cells(row, table.headers().size(), columns, rowErrors);
      MemberRows.ParsedRow parsed =
          MemberRows.read(row.number(), cells, known::contains, currentYear);
      rowErrors.addAll(parsed.errors());
      Optional<Slug> slug = slugFor(parsed, usedInFile, rowErrors);
      if (!rowErrors.isEmpty() || slug.isEmpty() || parsed.profile().isEmpty()) {
        errors.addAll(rowErrors);
        slugs.add("");
        continue;
      }
      usedInFile.add(slug.get());
      Member member = create(parsed, slug.get(), actor, now);
      Optional.ofNullable(owners.get(slug.get())).ifPresent(member::linkOwner);
      if (findDuplicates) {
        duplicates.addAll(duplicatesOf(row.number(), member, built));
      }
      built.add(new Built(row.number(), member));
      slugs.add(slug.get().value());
    }
    boolean apply = !dryRun && errors.isEmpty();
    if (apply) {
      members.addAll(built.stream().map(Built::member).toList());
    }
    return new ImportReport(
        dryRun, table.rows().size(), apply ? built.size() : 0, slugs, errors, duplicates);
  }

  private record Built(int row, Member member) {}

  private static Map<Integer, MemberColumn> columns(
      List<String> headers, List<ImportError> errors) {
    Map<Integer, MemberColumn> columns = new java.util.HashMap<>();
    Set<MemberColumn> seen = new HashSet<>();
    for (int i = 0; i < headers.size(); i++) {
      String header = headers.get(i);
      if (header.isEmpty()) {
        continue;
      }
      Optional<MemberColumn> column = MemberColumn.fromHeader(header);
      if (column.isEmpty()) {
        errors.add(new ImportError(1, header, "import.header.unknown", "no column " + header));
      } else if (!seen.add(column.get())) {
        errors.add(new ImportError(1, header, "import.header.repeated", header + " twice"));
      } else {
        columns.put(i, column.get());
      }
    }
    for (MemberColumn required : MemberColumn.values()) {
      if (MemberRows.REQUIRED.contains(required) && !seen.contains(required)) {
        errors.add(
            new ImportError(
                1, required.header(), "import.header.missing", required.header() + " is missing"));
      }
    }
    return columns;
  }

  private static Map<MemberColumn, String> cells(
      MemberCsv.Row row,
      int headerCount,
      Map<Integer, MemberColumn> columns,
      List<ImportError> errors) {
    Map<MemberColumn, String> cells = new EnumMap<>(MemberColumn.class);
    for (int i = 0; i < row.cells().size(); i++) {
      MemberColumn column = columns.get(i);
      if (column != null) {
        cells.put(column, row.cells().get(i));
      } else if (i >= headerCount && !row.cells().get(i).isBlank()) {
        errors.add(
            new ImportError(row.number(), "", "import.row.width", "more cells than the header"));
        break;
      }
    }
    return cells;
  }

  private Optional<Slug> slugFor(
      MemberRows.ParsedRow parsed, Set<Slug> usedInFile, List<ImportError> errors) {
    String column = MemberColumn.SLUG.header();
    if (parsed.slug().isPresent()) {
      Slug slug = parsed.slug().get();
      if (usedInFile.contains(slug)) {
        errors.add(new ImportError(parsed.row(), column, "import.slug.repeated", slug.value()));
      } else if (members.slugTaken(slug)) {
        errors.add(new ImportError(parsed.row(), column, "import.slug.taken", slug.value()));
      }
      return parsed.slug();
    }
    return parsed.profile().map(p -> freeSlug(Slug.derivedFrom(p.displayName()), usedInFile));
  }

  private Slug freeSlug(Slug base, Set<Slug> usedInFile) {
    if (isFree(base, usedInFile)) {
      return base;
    }
    for (int n = 2; n <= MAX_NUMBERED_SLUGS; n++) {
      Slug numbered = base.withSuffix(n);
      if (isFree(numbered, usedInFile)) {
        return numbered;
      }
    }
    return base.withSuffix(MemberId.newId().value().toString().substring(0, 8));
  }

  private boolean isFree(Slug slug, Set<Slug> usedInFile) {
    return !usedInFile.contains(slug) && !members.slugTaken(slug);
  }

  private Member create(MemberRows.ParsedRow parsed, Slug slug, Actor actor, Instant now) {
    Member member =
        Member.apply(
            MemberId.newId(),
            slug,
            parsed.profile().orElseThrow(),
            parsed.contact().at(now),
            parsed.privateDetails(),
            actor,
            clock);
    MemberStatus status = parsed.status();
    if (status == MemberStatus.REJECTED) {
      member.reject(actor, now, IMPORT_REASON);
    } else if (status != MemberStatus.APPLIED) {
      member.approve(actor, now);
      if (status == MemberStatus.SUSPENDED) {
        member.suspend(actor, now, IMPORT_REASON);
      } else if (status == MemberStatus.LEFT) {
        member.leave(actor, now, IMPORT_REASON);
      }
    }
    return member;
  }

  private List<ImportDuplicate> duplicatesOf(int row, Member member, List<Built> earlier) {
    List<ImportDuplicate> found = new ArrayList<>();
    for (DuplicateCandidate existing :
        DuplicateDetector.candidatesFor(member, members.duplicateCandidatesFor(member))) {
      found.add(
          new ImportDuplicate(
              row,
              member.displayName(),
              Optional.of(existing.slug().value()),
              Optional.empty(),
              existing.displayName(),
              existing.reasons()));
    }
    for (Built other : earlier) {
      Set<DuplicateReason> reasons = DuplicateDetector.reasons(member, other.member());
      if (!reasons.isEmpty()) {
        found.add(
            new ImportDuplicate(
                row,
                member.displayName(),
                Optional.empty(),
                Optional.of(other.row()),
                other.member().displayName(),
                reasons));
      }
    }
    return found;
  }
}
