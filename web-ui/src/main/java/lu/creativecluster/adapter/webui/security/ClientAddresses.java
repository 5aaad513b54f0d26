package lu.creativecluster.adapter.webui.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Security adapter: the one place that decides a request's client address, used (through the
 * server's view of the request, see {@link ClientAddressHandler}) by the rate limits, the sign-in
 * throttling and the audit log. {@code X-Forwarded-For} is believed only from the proxies named in
 * {@code cluster.trusted-proxies}: behind them the client is the right-most address that is not one
 * of them (everything left of it was written by the client and may be invented). Any other peer is
 * the client itself, whatever it claims.
 */
public final class ClientAddresses {

  /** Setting: comma-separated addresses or CIDR ranges of the reverse proxies; none by default. */
  public static final String TRUSTED_PROXIES = "cluster.trusted-proxies";

  public static final ClientAddresses NO_PROXY = new ClientAddresses(List.of());

  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

  private final List<Range> trusted;

  private ClientAddresses(List<Range> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /**
   * @param setting the value of {@code cluster.trusted-proxies}, such as {@code 10.0.0.0/8,
   *     2001:db8::1}; null or blank for none
   * @throws IllegalArgumentException for an entry that is not an address or CIDR range, so a typo
   *     stops the deployment instead of trusting nobody (or everybody) silently
   */
  public static ClientAddresses trusting(String setting) {
    if (setting == null || setting.isBlank()) {
      return NO_PROXY;
    }
    List<Range> ranges = new ArrayList<>();
    for (String entry : setting.split(",")) {
      if (!entry.isBlank()) {
        ranges.add(Range.parse(entry.strip()));
      }
    }
    return new ClientAddresses(ranges);
  }

  public boolean trustsAnyProxy() {
    return !trusted.isEmpty();
  }

  /**
   * @param peer the address of the connection's other end
   * @param forwardedFor every {@code X-Forwarded-For} header of the request, in order
   * @return the client's address: the peer unless it is a trusted proxy
   */
  public InetAddress clientOf(InetAddress peer, List<String> forwardedFor) {
    if (peer == null || !isTrusted(peer) || forwardedFor == null) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      if (header != null) {
        for (String hop : header.split(",")) {
          hops.add(hop.strip());
        }
      }
    }
    InetAddress client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        // A trusted proxy passed on something that is no address: the last known hop is the client.
        return client;
      }
      client = hop.get();
      if (!isTrusted(client)) {
        return client;
      }
    }
    return client;
  }

  /** Whether a peer may tell the client's address and scheme. */
  public boolean isTrusted(InetAddress peer) {
    return trusted.stream().anyMatch(range -> range.contains(peer));
  }

  /**
   * An IP literal, as an address, without any name lookup: {@code 192.0.2.1}, {@code 2001:db8::1},
   * {@code [2001:db8::1]}, {@code [2001:db8::1]:443} and {@code 192.0.2.1:443} (proxies that add
   * the port).
   */
  static Optional<InetAddress> literal(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        return Optional.empty();
      }
      s = s.substring(1, close);
    } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':') && s.contains(".")) {
      s = s.substring(0, s.indexOf(':'));
    }
    if (s.isEmpty() || s.length() > 45 || !IP_LITERAL.matcher(s).matches()) {
      return Optional.empty();
    }
    if (!s.contains(":") && !s.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return Optional.empty();
    }
    try {
      // Only digits, hex, dots and colons: InetAddress parses a literal and looks nothing up.
      return Optional.of(InetAddress.getByName(s));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** An address or CIDR range of addresses. */
  private record Range(byte[] network, int prefixLength) {

    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      InetAddress parsed =
          literal(address)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          TRUSTED_PROXIES + ": not an address or CIDR range: " + entry));
      int bits = parsed.getAddress().length * 8;
      int prefix = bits;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException(TRUSTED_PROXIES + ": bad prefix length in " + entry);
        }
      }
      return new Range(parsed.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      int whole = prefixLength / 8;
      for (int i = 0; i < whole; i++) {
        if (candidate[i] != network[i]) {
          return false;
        }
      }
      int rest = prefixLength % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (candidate[whole] & mask) == (network[whole] & mask);
    }
  }
}
