package lu.creativecluster.adapter.rest.member;

import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import lu.creativecluster.application.port.in.member.MalformedImportFileException;

/** What the member data resources (import, export, personal data) share. */
final class MemberData {

  static final String TAG = "Member data";
  static final String TAG_DESCRIPTION =
      "The member directory in and out: CSV import (staff), CSV and JSON export, and each"
          + " member's personal data (download, erasure, withdrawal of contact consent)";

  /** 422: JAX-RS 3.1 names no constant for it. */
  static final Response.StatusType UNPROCESSABLE =
      new Response.StatusType() {
        @Override
        public int getStatusCode() {
          return 422;
        }

        @Override
        public Response.Status.Family getFamily() {
          return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
          return "Unprocessable Content";
        }
      };

  private MemberData() {}

  /**
   * The body, read up to one byte past the limit: an upload over it is refused without reading the
   * rest into memory.
   */
  static byte[] readAtMost(InputStream body, int limit) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int total = 0;
    int read;
    while ((read = body.read(buffer)) != -1) {
      total += read;
      if (total > limit) {
        throw new MalformedImportFileException(
            MalformedImportFileException.TOO_LARGE,
            0,
            "the file has more than " + limit + " bytes");
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }
}
