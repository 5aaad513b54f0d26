package lu.creativecluster.application.port.in.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Value rule: the key under which a client without a known identity is counted, from its network
 * address. An IPv4 address counts as itself; an IPv6 client counts by its /64, because one
 * subscriber usually holds a whole /64 and could otherwise take a fresh address for every request.
 */
public final class ClientKey {

  /** Every address-based key starts with this, so it never meets an account or token name. */
  public static final String ADDRESS_PREFIX = "address:";

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private ClientKey() {}

  /**
   * @param address the client's address as the server resolved it ({@code 203.0.113.7}, {@code
   *     2001:db8::1}); anything else is counted as it is
   */
  public static String ofAddress(String address) {
    if (address == null || address.isBlank()) {
      return ADDRESS_PREFIX + "unknown";
    }
    String literal = address.strip();
    if (literal.startsWith("[") && literal.endsWith("]")) {
      literal = literal.substring(1, literal.length() - 1);
    }
    int zone = literal.indexOf('%');
    if (zone >= 0) {
      literal = literal.substring(0, zone);
    }
    if (!literal.contains(":") || !IP_LITERAL.matcher(literal).matches()) {
      return ADDRESS_PREFIX + literal;
    }
    try {
      // A literal with only hex digits, colons and dots is parsed without any name lookup.
      InetAddress parsed = InetAddress.getByName(literal);
      if (!(parsed instanceof Inet6Address)) {
        return ADDRESS_PREFIX + parsed.getHostAddress();
      }
      byte[] bytes = parsed.getAddress();
      StringBuilder prefix = new StringBuilder(ADDRESS_PREFIX);
      for (int group = 0; group < 4; group++) {
        int value = ((bytes[2 * group] & 0xff) << 8) | (bytes[2 * group + 1] & 0xff);
        prefix.append(Integer.toHexString(value)).append(':');
      }
      return prefix.append(":/64").toString();
    } catch (UnknownHostException e) {
      return ADDRESS_PREFIX + literal;
    }
  }
}
