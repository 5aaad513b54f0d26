package lu.creativecluster.application.port.in.member;

import java.util.Objects;

/**
 * Contract exception: an import file cannot be read as a member CSV at all (not UTF-8, no header,
 * an unterminated quote, too large, too many rows). Adapters answer 400 (413 for a file over the
 * size limit) or show the message beside the upload field; nothing is imported.
 */
public class MalformedImportFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file exceeds {@link ImportMembersCommand#MAX_BYTES}. */
  public static final String TOO_LARGE = "import.file.too-large";

  private final String messageKey;
  private final int line;

  /**
   * @param messageKey the text key that explains the problem ({@code import.file.*})
   * @param line the physical line (from 1) where reading stopped, 0 for the whole file
   */
  public MalformedImportFileException(String messageKey, int line, String detail) {
    super(detail);
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.line = line;
  }

  public String messageKey() {
    return messageKey;
  }

  public int line() {
    return line;
  }
}
