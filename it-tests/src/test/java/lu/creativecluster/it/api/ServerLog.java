package lu.creativecluster.it.api;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test infrastructure: the managed server's log (target/server/standalone/log/server.log), read
 * from a mark, so a test can tell which ERROR lines its own requests caused.
 */
final class ServerLog {

  private final Path file;
  private final long mark;

  private ServerLog(Path file, long mark) {
    this.file = file;
    this.mark = mark;
  }

  /** The log from its current end on. */
  static ServerLog fromNow() throws IOException {
    Path file =
        Path.of(System.getProperty("jboss.home", "target/server"), "standalone/log/server.log");
    return new ServerLog(file, Files.exists(file) ? Files.size(file) : 0);
  }

  /** The ERROR lines written since the mark, each with the line after it (the exception). */
  List<String> errors() throws IOException {
    List<String> lines = new ArrayList<>();
    String[] all = written();
    for (int i = 0; i < all.length; i++) {
      if (all[i].contains(" ERROR ")) {
        lines.add(all[i] + (i + 1 < all.length ? "\n    " + all[i + 1] : ""));
      }
    }
    return lines;
  }

  /** Whether a line written since the mark contains this text. */
  boolean contains(String text) throws IOException {
    for (String line : written()) {
      if (line.contains(text)) {
        return true;
      }
    }
    return false;
  }

  private String[] written() throws IOException {
    if (!Files.exists(file)) {
      return new String[0];
    }
    try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
      long from = Math.min(mark, log.length());
      byte[] written = new byte[(int) (log.length() - from)];
      log.seek(from);
      log.readFully(written);
      return new String(written, StandardCharsets.UTF_8).split("\n");
    }
  }
}
