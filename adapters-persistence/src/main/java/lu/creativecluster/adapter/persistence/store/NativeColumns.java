package lu.creativecluster.adapter.persistence.store;

import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * Persistence adapter support: column values of native queries as the JDBC drivers hand them out,
 * which differ between the stores where JPQL would hide it.
 */
public final class NativeColumns {

  private NativeColumns() {}

  /** A uuid column: PostgreSQL's driver answers a UUID, H2's native queries 16 bytes. */
  public static UUID uuid(Object value) {
    if (value instanceof UUID u) {
      return u;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }
}
