package dev.newsbrief.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import javax.net.SocketFactory;

/**
 * Makes plain sockets that check their endpoint in {@code connect()}, the one place every route passes:
 * IP literals that skip DNS, redirects, retries and fallbacks alike. TLS is layered over these sockets.
 */
final class GuardedSocketFactory extends SocketFactory {
  private final AddressGuard guard;

  GuardedSocketFactory(AddressGuard guard) {
    this.guard = guard;
  }

  @Override
  public Socket createSocket() {
    return new GuardedSocket(guard);
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
    return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
  }

  private Socket connected(InetSocketAddress endpoint, InetSocketAddress local) throws IOException {
    Socket socket = createSocket();
    try {
      if (local != null) {
        socket.bind(local);
      }
      socket.connect(endpoint);
      return socket;
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /** A socket whose every connect is checked first; {@code connect(address)} delegates here too. */
  private static final class GuardedSocket extends Socket {
    private final AddressGuard guard;

    GuardedSocket(AddressGuard guard) {
      this.guard = guard;
    }

    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      if (!(endpoint instanceof InetSocketAddress inet)) {
        throw new AddressRefusedException("refused: not an internet address");
      }
      guard.checkConnect(inet);
      super.connect(endpoint, timeout);
    }
  }
}
