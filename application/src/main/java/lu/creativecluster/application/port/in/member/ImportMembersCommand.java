package lu.creativecluster.application.port.in.member;

import java.util.Objects;
import lu.creativecluster.domain.access.Actor;

/**
 * Command: staff import members from a CSV file (UTF-8, header row, the columns of {@link
 * MemberColumn}).
 *
 * @param content the file's bytes as uploaded; the use case decodes them strictly as UTF-8
 * @param dryRun check every row and report, change nothing
 */
public record ImportMembersCommand(
    Actor actor, byte[] content, boolean dryRun, String sourceAddress) {

  /** The largest file accepted: 2 MiB, some thousand members with long descriptions. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The most data rows (members) one file may hold; larger lists go in several files. */
  public static final int MAX_ROWS = 2_000;

  public ImportMembersCommand {
    Objects.requireNonNull(actor, "actor");
    content = Objects.requireNonNull(content, "content").clone();
    sourceAddress = sourceAddress == null ? "" : sourceAddress;
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "ImportMembersCommand[" + content.length + " bytes, dryRun=" + dryRun + "]";
  }
}
