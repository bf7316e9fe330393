package org.jingzhun.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 client for the load test: one kept-alive connection that posts the same JSON
 * body again and again and reads each answer whole (status line, headers, {@code Content-Length}
 * bytes). It costs the machine far less than a general client, so that on two shared cores the
 * load test measures the server rather than its clients. 127.0.0.1 only.
 */
final class LoopbackClient implements AutoCloseable {
  private final URI uri;
  private final byte[] request;
  private final byte[] buffer = new byte[64 * 1024];
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  LoopbackClient(URI uri, String body) throws IOException {
    if (!"127.0.0.1".equals(uri.getHost())) {
      throw new IllegalArgumentException("the load test's client calls 127.0.0.1 only, not " + uri.getHost());
    }
    this.uri = uri;
    byte[] json = body.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("POST " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: 127.0.0.1:" + uri.getPort()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    request = new byte[head.length + json.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(json, 0, request, head.length, json.length);
    connect();
  }

  private void connect() throws IOException {
    socket = new Socket(uri.getHost(), uri.getPort());
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(10_000);
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    out = socket.getOutputStream();
  }

  /** Opens a new connection after a failed one. */
  void reconnect() {
    try {
      socket.close();
      connect();
    } catch (IOException e) {
      // the next post fails and is counted
    }
  }

  /** Posts the body and reads the answer; returns its status. */
  int post() throws IOException {
    out.write(request);
    out.flush();
    String statusLine = line();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    int length = -1;
    for (String header = line(); !header.isEmpty(); header = line()) {
      if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        length = Integer.parseInt(header.substring(15).strip());
      }
    }
    if (length < 0) {
      throw new IOException("no Content-Length in the answer");
    }
    for (int left = length; left > 0; ) {
      int n = in.read(buffer, 0, Math.min(left, buffer.length));
      if (n < 0) {
        throw new IOException("the connection closed mid-answer");
      }
      left -= n;
    }
    return status;
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
