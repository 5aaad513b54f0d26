package lu.creativecluster.domain.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lu.creativecluster.domain.sector.SectorCode;

/** Value object: a member's primary sector and up to two more, none twice. */
public record MemberSectors(SectorCode primary, List<SectorCode> others) {

  public static final int MAX_OTHERS = 2;

  public MemberSectors {
    Objects.requireNonNull(primary, "primary");
    others = List.copyOf(Objects.requireNonNull(others, "others"));
    if (others.size() > MAX_OTHERS) {
      throw new IllegalArgumentException(
          "a member has one primary sector and at most " + MAX_OTHERS + " more");
    }
    if (others.contains(primary) || others.stream().distinct().count() != others.size()) {
      throw new IllegalArgumentException("a member names each sector once");
    }
  }

  public static MemberSectors of(String primary, String... others) {
    return new MemberSectors(
        new SectorCode(primary), java.util.Arrays.stream(others).map(SectorCode::new).toList());
  }

  /** The primary sector first, then the others. */
  public List<SectorCode> all() {
    List<SectorCode> all = new ArrayList<>(1 + others.size());
    all.add(primary);
    all.addAll(others);
    return List.copyOf(all);
  }
}
